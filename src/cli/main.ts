// govmedia CLI entry (placeholder until the CLI issue lands: prints help only).
const help = `govmedia — indices and supervision analytics for government new-media accounts

Usage: govmedia <command> [options]

Commands (being built): rank, shortlist, inspect, homogeneity, matrix, census, index
`;
process.stdout.write(help);
