/** The header's primary navigation, in order. */
export const primaryNavigation = [
  { href: '/worried/', label: 'Worried about a child?' },
  { href: '/guidance/', label: 'Guidance' },
  { href: '/procedures/', label: 'Procedures' },
  { href: '/legislation/', label: 'Legislation' },
  { href: '/risks/', label: 'Online risks' },
  { href: '/contacts/', label: 'Contacts' },
] as const;

/**
 * Whether a navigation item is the current section, for `aria-current`.
 * @param href the item's link
 * @param pathname the current page's path
 */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
