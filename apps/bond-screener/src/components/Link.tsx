import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../hooks/useLocation';

/** An ordinary link (new tab, copy address all work) that navigates in-app on a plain click. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
    window.scrollTo({ top: 0 });
  }
  return <a href={href} onClick={handleClick} {...rest} />;
}
