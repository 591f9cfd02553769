import { useProxyStatus } from '../../hooks/useProxyStatus';
import { formatSeconds } from '../../lib/format';

/**
 * One notice per page when the per-minute request limit is used up (issue 18): the cards' requests wait for it
 * rather than fail, so say so once, with the time it resets, instead of leaving every card spinning.
 */
export function RateLimitNotice({ limited }: { limited: boolean }) {
  const status = useProxyStatus();
  const rate = status.data?.rateLimit ?? null;
  const exhausted = limited || (rate?.remaining === 0 && rate.resetSeconds !== null);
  if (!exhausted) return null;
  const observedAt = rate?.observedAt ?? Date.now();
  const resetAt = rate?.resetSeconds != null ? observedAt + rate.resetSeconds * 1000 : null;
  const wait = resetAt !== null ? Math.max(0, (resetAt - Date.now()) / 1000) : null;
  const clock =
    resetAt !== null
      ? new Date(resetAt).toLocaleTimeString('en-GB', {
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        })
      : null;
  return (
    <div className="page-notice page-notice--warn" role="status" data-testid="rate-limit-notice">
      <strong>Waiting for the rate limit.</strong> The API's per-minute request limit is used up, so this
      page's data loads when it resets
      {clock ? ` at ${clock} (in ${formatSeconds(wait)})` : ' within a minute'}. Nothing needs retrying.
    </div>
  );
}
