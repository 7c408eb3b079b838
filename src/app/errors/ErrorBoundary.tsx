import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** What stands in for the children once one of them has failed. */
  readonly fallback: (error: unknown) => ReactNode;
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
}

type ErrorBoundaryState = { readonly failed: false } | { readonly failed: true; readonly error: unknown };

/**
 * Catches what a part of the screen throws while it renders (a chunk that would not load, a
 * WebGL context the browser refused, a bug) so that the rest of the app stays on screen.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
