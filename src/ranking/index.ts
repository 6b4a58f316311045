// Public exports of src/ranking (filled in by its issue).
export {};
