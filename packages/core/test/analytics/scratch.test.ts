import { it } from 'vitest';
import * as a from '../../src/analytics/index';
it('scratch', () => {
  const b1 = { coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' } as const;
  console.log(a.priceFromYield(b1, 6.5, '2008-02-15'), a.priceFromYield(b1, 6.5, '2008-02-15', {dirty:true}));
  const b2 = { coupon: 5.75, frequency: 2, maturity: '2016-11-15', dayCount: '30/360' } as const;
  console.log(a.yieldFromPrice(b2, 95.04287, '2008-02-15'));
  const b3 = { coupon: 8, frequency: 2, maturity: '2016-01-01', dayCount: 'act/act' } as const;
  console.log(a.macaulayDuration(b3, 9, '2008-01-01'), a.modifiedDuration(b3, 9, '2008-01-01'));
  const b4 = { coupon: 5, frequency: 2, maturity: '2034-01-15', dayCount: '30/360' } as const;
  console.log(a.convexity(b4, 5, '2024-01-15'), a.dv01(b4, 5, '2024-01-15'), a.priceFromYield(b4, 5, '2024-01-15'));
  console.log(a.bondMetrics(b1, { cleanPrice: 94.63 }, '2008-02-15'));
  console.log(a.couponSchedule({ coupon: 5, frequency: 2, dayCount: '30/360', issueDate: '2024-03-01', maturity: '2026-06-15' }));
  console.log(a.cashflowSchedule({ coupon: 4, frequency: 1, maturity: '2027-06-30', dayCount: 'act/act (ICMA)' }, '2025-07-15'));
  console.log(a.accruedInterest(b1, '2008-02-15'), a.previousCouponDate(b1, '2008-02-15'), a.nextCouponDate(b1, '2008-02-15'));
});
