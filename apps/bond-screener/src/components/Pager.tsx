import { offsetForPage, type PageInfo } from '../lib/paging';

interface PagerProps {
  info: PageInfo;
  limit: number;
  total: number;
  onOffsetChange: (offset: number) => void;
}

/** First / previous / next / last with the page position; limit/offset underneath. */
export function Pager({ info, limit, total, onOffsetChange }: PagerProps) {
  const go = (page: number) => onOffsetChange(offsetForPage(page, limit, total));
  return (
    <nav className="pager" aria-label="Result pages">
      <button
        type="button"
        className="button button--small"
        onClick={() => go(1)}
        disabled={!info.hasPrevious}
      >
        <span aria-hidden="true">«</span> First
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => go(info.page - 1)}
        disabled={!info.hasPrevious}
      >
        <span aria-hidden="true">‹</span> Previous
      </button>
      <span className="pager__position" aria-live="polite">
        Page {info.page.toLocaleString('en-US')} of {info.pageCount.toLocaleString('en-US')}
      </span>
      <button
        type="button"
        className="button button--small"
        onClick={() => go(info.page + 1)}
        disabled={!info.hasNext}
      >
        Next <span aria-hidden="true">›</span>
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => go(info.pageCount)}
        disabled={!info.hasNext}
      >
        Last <span aria-hidden="true">»</span>
      </button>
    </nav>
  );
}
