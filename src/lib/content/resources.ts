/** How the resources page groups and describes resources: by audience, local ones first. */
import { nationalArea } from '../../site.config';

export interface ListedResource {
  id: string;
  data: { title: string; audiences: readonly string[]; area: readonly string[] };
}

export interface Audience {
  id: string;
  label: string;
}

/**
 * Resources grouped by audience, in the order the audiences are given, empty groups left out.
 * Within a group, resources for Derby City or Derbyshire come before national ones, because a
 * local workshop or toolkit is what readers here cannot find anywhere else; then by title.
 * @param resources every resource
 * @param audiences the site's audiences, in display order
 */
export function groupResourcesByAudience<T extends ListedResource>(resources: readonly T[], audiences: readonly Audience[]): { audience: Audience; resources: T[] }[] {
  const isLocal = (resource: T) => resource.data.area.some((area) => area !== nationalArea);
  return audiences
    .map((audience) => ({
      audience,
      resources: resources
        .filter((resource) => resource.data.audiences.includes(audience.id))
        .sort((a, b) => Number(isLocal(b)) - Number(isLocal(a)) || a.data.title.localeCompare(b.data.title, 'en-GB')),
    }))
    .filter((group) => group.resources.length > 0);
}

/**
 * The audience group each resource is first listed in: the resources page lists a resource in the
 * group of every audience it is for, and the search reads it only there, or its words would count
 * once for every group.
 * @param groups the resources grouped by audience (`groupResourcesByAudience`)
 */
export function firstListings(groups: readonly { audience: Audience; resources: readonly ListedResource[] }[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const group of groups) for (const resource of group.resources) if (!first.has(resource.id)) first.set(resource.id, group.audience.id);
  return first;
}

/**
 * Where a resource applies, in words: "Derby City and Derbyshire", "National (UK)".
 * @param areas the resource's area ids
 * @param labelFor turns an area id into its label (the site config's `areaLabel`)
 */
export function describeAreas(areas: readonly string[], labelFor: (id: string) => string): string {
  const labels = areas.map(labelFor);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
