import type { ReactNode } from 'react';

interface CardProps {
  id: string;
  title: string;
  /** Controls or a summary shown next to the title. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled section of the detail page; the heading labels the region for screen readers. */
export function Card({ id, title, aside, className, children }: CardProps) {
  return (
    <section
      className={['card', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-title`}
      id={id}
    >
      <div className="card__header">
        <h2 id={`${id}-title`} className="card__title">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
