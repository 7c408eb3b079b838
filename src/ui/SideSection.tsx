import { type ReactNode, useId, useState } from 'react';

interface SideSectionProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly className?: string;
  /** Starts folded; the person at the screen can always open it. */
  readonly folded?: boolean;
}

/**
 * One part of the side panel under a heading that folds it away, so the part the moment needs
 * can come up to where it is seen without scrolling. The region is named by its heading.
 */
export function SideSection({ title, children, className, folded = false }: SideSectionProps) {
  const [open, setOpen] = useState(!folded);
  const id = useId();
  return (
    <section className={className ? `side-section ${className}` : 'side-section'} aria-labelledby={`${id}-title`}>
      <h2 className="side-section-heading">
        <button type="button" id={`${id}-title`} aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          {title}
        </button>
      </h2>
      <div id={`${id}-body`} className="side-section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
