import { configureTextBuilder } from 'troika-three-text';

/**
 * Labels are laid out on the main thread. Troika's workers are built from blob: scripts,
 * which the Content-Security-Policy forbids; a room's few labels do not need a worker.
 * This must run before the first label asks for its font.
 */
configureTextBuilder({ useWorker: false });
