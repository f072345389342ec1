export const STATUS_PATH = '/toa-soan/ban-dich-tieng-anh'
