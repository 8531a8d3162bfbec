"""The HQ workspace: what an HQ database is, its first run, the overview of hospitals and rotations, review
queues, the ministry summary and the DHIS2 export. Plain functions over the store that the window and the
`l2fh-desk hq ...` command line both call."""
