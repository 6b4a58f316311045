// Public exports of src/calendar (filled in by the inspection issue).
export {};
