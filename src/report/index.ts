// Public exports of src/report (filled in by its issue).
export {};
