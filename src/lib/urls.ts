/** The site's addresses for a brief, a claim and a theme: the one place URLs are spelled. */
export const briefUrl = (slug: string) => `/briefs/${slug}/`;
export const claimUrl = (id: string) => `/claims/${id}/`;
export const themeUrl = (slug: string) => `/themes/${slug}/`;
/** A claim where it stands in its brief's text. */
export const claimInContextUrl = (brief: string, id: string) => `${briefUrl(brief)}#c-${id}`;
