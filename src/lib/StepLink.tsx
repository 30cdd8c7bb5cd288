import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

type StepLinkProps = Omit<LinkProps, 'to' | 'className'> & { to: string | null; children: ReactNode };

/** A step to another event as a panel button; with nowhere to go, the same button disabled. */
export function StepLink({ to, children, ...rest }: StepLinkProps) {
  if (to === null)
    return (
      <span className="panel-button panel-button-disabled" aria-disabled="true">
        {children}
      </span>
    );
  return (
    <Link className="panel-button" to={to} {...rest}>
      {children}
    </Link>
  );
}
