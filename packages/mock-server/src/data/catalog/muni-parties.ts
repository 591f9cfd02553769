/** Firms that appear on municipal deals (underwriters, counsel, advisors, trustees, insurers). */

export const UNDERWRITERS = [
  'J.P. Morgan Securities LLC',
  'BofA Securities, Inc.',
  'Citigroup Global Markets Inc.',
  'Goldman Sachs & Co. LLC',
  'Morgan Stanley & Co. LLC',
  'Wells Fargo Bank, National Association',
  'RBC Capital Markets, LLC',
  'Raymond James & Associates, Inc.',
  'Piper Sandler & Co.',
  'Stifel, Nicolaus & Company, Incorporated',
  'Siebert Williams Shank & Co., LLC',
  'Loop Capital Markets LLC',
  'Jefferies LLC',
  'Robert W. Baird & Co. Incorporated',
  'Hilltop Securities Inc.',
  'D.A. Davidson & Co.',
] as const;

export const BOND_COUNSEL = [
  'Orrick, Herrington & Sutcliffe LLP',
  'Hawkins Delafield & Wood LLP',
  'Norton Rose Fulbright US LLP',
  'Chapman and Cutler LLP',
  'Kutak Rock LLP',
  'Squire Patton Boggs (US) LLP',
  'Ballard Spahr LLP',
  'Nixon Peabody LLP',
  'Stradling Yocca Carlson & Rauth LLP',
  'McCall, Parkhurst & Horton L.L.P.',
  'Gilmore & Bell, P.C.',
  'Bracewell LLP',
] as const;

export const ADVISORS = [
  'PFM Financial Advisors LLC',
  'Hilltop Securities Inc.',
  'Public Resources Advisory Group',
  'Baker Tilly Municipal Advisors, LLC',
  'Ehlers & Associates, Inc.',
  'Columbia Capital Management, LLC',
  'Acacia Financial Group, Inc.',
  'Phoenix Advisors, LLC',
  'KNN Public Finance, LLC',
  'Speer Financial, Inc.',
] as const;

export const TRUSTEES = [
  'U.S. Bank Trust Company, National Association',
  'The Bank of New York Mellon Trust Company, N.A.',
  'Zions Bancorporation, National Association',
  'UMB Bank, N.A.',
  'Wilmington Trust, National Association',
  'Computershare Trust Company, N.A.',
] as const;

export const INSURERS = ['Assured Guaranty Inc.', 'Build America Mutual Assurance Company'] as const;

/** Hospital and university obligors behind conduit issues. */
export const OBLIGOR_SUFFIXES = {
  healthcare: ['Health System', 'Medical Center', "Children's Hospital", 'Regional Health'],
  higherEducation: ['University', 'College', 'Institute of Technology'],
  seniorLiving: ['Senior Living Community', 'Retirement Community'],
} as const;
