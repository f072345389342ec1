/** The administrator's list of backups taken. */
export const BACKUPS_PATH = '/toa-soan/quan-tri/sao-luu'
