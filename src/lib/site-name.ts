/** The site's name: in every page title, the social cards' site name and citations of its pages. */
export const SITE_NAME = 'Japan and Trump 2.0: the briefs compared';
