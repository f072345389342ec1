export const COMPLIANCE_PATH = '/toa-soan/quan-tri/tuan-thu'
export const THRESHOLD_PATH = `${COMPLIANCE_PATH}/nguong`
export const ACCESSIBILITY_PATH = `${COMPLIANCE_PATH}/kiem-tra-tiep-can`
