import { Component, type ReactNode } from 'react';

interface Props {
  slideId: string;
  /** Told once when the slide throws, so the deck can move on and main can log it. */
  onError: (slideId: string, message: string) => void;
  children: ReactNode;
}

/** One per slide: a slide that throws shows nothing (never a stack trace) and is skipped. */
export class SlideErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    this.props.onError(this.props.slideId, error instanceof Error ? error.message : String(error));
  }

  render(): ReactNode {
    return this.state.failed ? <div className="slide-failed" data-testid="slide-failed" /> : this.props.children;
  }
}
