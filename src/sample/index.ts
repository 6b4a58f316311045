// Public exports of src/sample (filled in by its issue).
export {};
