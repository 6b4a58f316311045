// Public exports of src/matrix (filled in by its issue).
export {};
