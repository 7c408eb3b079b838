import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

/** A lazily loaded part that fails (a chunk the network or cache lost) shows a calm line in its place; the rest of the screen keeps working. */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
