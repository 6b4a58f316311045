declare module 'ahocorasick';
