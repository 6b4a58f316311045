// Public exports of src/indices (filled in by its issue).
export {};
