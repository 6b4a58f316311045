// Public exports of src/inspection (filled in by its issue).
export {};
