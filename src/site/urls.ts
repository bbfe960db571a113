// Every internal URL in one place, prefixed with the configured base path. URLs are stable (DESIGN.md).
import { withTrailingSlash } from './base-path.ts';

const base = withTrailingSlash(import.meta.env.BASE_URL);

export const url = (path = '') => `${base}${path.replace(/^\//, '')}`;
export const taskUrl = (id: number) => url(`tasks/${id}/`);
export const areaUrl = (id: string) => url(`areas/${id}/`);
export const unitUrl = (id: string) => url(`units/${id}/`);
export const quarterUrl = (period: string) => url(`reports/${period}/`);
export const planAnchorUrl = (id: number) => url(`plan/#task-${id}`);
export const reportAnchor = (period: string) => `update-${period}`;
