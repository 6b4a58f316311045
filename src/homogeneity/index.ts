// Public exports of src/homogeneity (filled in by its issue).
export {};
