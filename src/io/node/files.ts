// Node file readers (readPostsFile …), filled in by the ingestion work.
export {};
