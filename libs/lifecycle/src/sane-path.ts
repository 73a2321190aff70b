/** The PATH our children get (hooks, fetch tools), never the task's or the agent's. */
export const SANE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
