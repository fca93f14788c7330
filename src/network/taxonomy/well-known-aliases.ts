/**
 * How postings commonly write technologies whose O*NET name no rule can shorten to it. Entries whose
 * technology is not in the vocabulary are ignored.
 */
export const WELL_KNOWN_ALIASES: Readonly<Record<string, string>> = {
  Jira: 'Atlassian JIRA',
  Golang: 'Go',
  Postgres: 'PostgreSQL',
  K8s: 'Kubernetes',
  GCP: 'Google Cloud software',
  'Google Cloud Platform': 'Google Cloud software',
  'MS SQL': 'Microsoft SQL Server',
  SEO: 'Search engine optimization SEO software',
  CPT: 'Current procedural terminology CPT software',
};
