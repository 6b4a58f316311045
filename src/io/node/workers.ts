// Node worker_threads helpers (homogeneity, parallel ingestion), filled in by those issues.
export {};
