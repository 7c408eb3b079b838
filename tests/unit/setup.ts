import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';

// React's act() warnings are real problems here, not noise.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has <dialog> but not its modal methods.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// Property tests explore the same cases on every run, so CI's verdict does not hang on a draw;
// FC_SEED=<n> (or a new default here) explores others, and a failure prints its seed to replay.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

afterEach(() => cleanup());
