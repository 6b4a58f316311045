import { z } from 'zod';
import { PLATFORMS, LEVELS, ACCOUNT_KINDS, ACCOUNT_STATUSES, MESSAGE_CATEGORIES, REGISTRY_EVENTS } from './enums.js';

// zod schemas of the enumerations in enums.ts (apart, so that importing the constants
// does not load zod). Internal: parseX, the readers and shortlist validate with them.

/** Validates a {@link PLATFORMS} value. @internal */
export const PlatformSchema = z.enum(PLATFORMS);
/** Validates a {@link LEVELS} value. @internal */
export const LevelSchema = z.enum(LEVELS);
/** Validates a {@link ACCOUNT_KINDS} value. @internal */
export const AccountKindSchema = z.enum(ACCOUNT_KINDS);
/** Validates a {@link ACCOUNT_STATUSES} value. @internal */
export const AccountStatusSchema = z.enum(ACCOUNT_STATUSES);
/** Validates a {@link MESSAGE_CATEGORIES} value. @internal */
export const MessageCategorySchema = z.enum(MESSAGE_CATEGORIES);
/** Validates a {@link REGISTRY_EVENTS} value. @internal */
export const RegistryEventSchema = z.enum(REGISTRY_EVENTS);
