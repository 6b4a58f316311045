// Public exports of src/activity (filled in by its issue).
export {};
