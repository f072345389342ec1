import type { Db } from '../../platform/db/connect.ts'
import type { Mailer } from '../../platform/mail.ts'
import { formatNewsroomTime } from '../../platform/text/time.ts'
import type { AccountTokenPurpose } from './account-token.table.ts'
import { LOCK_MS } from './sign-in-guard.ts'

// The accounts module's letters: what each says, in the newsroom's Vietnamese. Queued in the
// caller's transaction, so a letter exists exactly when the change behind it was kept.

/** Where a link in a letter leads: /toa-soan/moi/<token> or /toa-soan/dat-lai-mat-khau/<token>. */
export const TOKEN_PATHS: Record<AccountTokenPurpose, string> = {
  invitation: '/toa-soan/moi',
  'password-reset': '/toa-soan/dat-lai-mat-khau',
}

export interface Addressee {
  email: string
  name: string
}

export class AccountMail {
  constructor(readonly mailer: Mailer | undefined, private readonly publicUrl: string) {}

  /** Whether letters can go at all: without SMTP the newsroom falls back to passwords shown once. */
  get enabled(): boolean {
    return this.mailer?.enabled ?? false
  }

  wake(): void {
    this.mailer?.wake()
  }

  link(path: string): string {
    return new URL(path, this.publicUrl).href
  }

  async invitation(db: Db, to: Addressee, invitedBy: string, token: string): Promise<void> {
    await this.mailer?.queue(db, {
      kind: 'Lời mời vào tòa soạn', to: to.email, lang: 'vi', subject: 'Lời mời vào tòa soạn',
      paragraphs: [
        `Xin chào ${to.name},`,
        `${invitedBy} đã mời bạn vào tòa soạn của cổng thông tin, với địa chỉ thư ${to.email}. Xin bấm vào liên kết dưới đây để tự đặt mật khẩu của mình.`,
        'Liên kết dùng được một lần, trong 72 giờ. Nếu hết hạn, xin nhờ quản trị viên gửi lại thư mời.',
      ],
      action: { label: 'Đặt mật khẩu', href: this.link(`${TOKEN_PATHS.invitation}/${token}`) },
    })
  }

  /** `byAdministrator`: the administrator reset it (the old password no longer works), not the user's own request. */
  async passwordReset(db: Db, to: Addressee, token: string, byAdministrator: boolean): Promise<void> {
    await this.mailer?.queue(db, {
      kind: 'Đặt lại mật khẩu', to: to.email, lang: 'vi', subject: 'Đặt lại mật khẩu tòa soạn',
      paragraphs: [
        `Xin chào ${to.name},`,
        byAdministrator
          ? 'Quản trị viên đã đặt lại mật khẩu tòa soạn của bạn; mật khẩu cũ không dùng được nữa. Xin bấm vào liên kết dưới đây để đặt mật khẩu mới.'
          : 'Có người (có lẽ là bạn) đã yêu cầu đặt lại mật khẩu tòa soạn của bạn. Xin bấm vào liên kết dưới đây để đặt mật khẩu mới.',
        `Liên kết dùng được một lần, trong ${byAdministrator ? '72 giờ' : '1 giờ'}. Khi đặt mật khẩu mới, mọi phiên đăng nhập của bạn sẽ kết thúc.`,
        ...(byAdministrator ? [] : ['Nếu bạn không yêu cầu, xin bỏ qua thư này: mật khẩu của bạn không thay đổi.']),
      ],
      action: { label: 'Đặt mật khẩu mới', href: this.link(`${byAdministrator ? TOKEN_PATHS.invitation : TOKEN_PATHS['password-reset']}/${token}`) },
    })
  }

  /** Sent once, when a client address gets locked out of the account by wrong passwords or codes. */
  async signInLocked(db: Db, to: Addressee, ip: string, at: Date): Promise<void> {
    await this.mailer?.queue(db, {
      kind: 'Báo đăng nhập sai nhiều lần', to: to.email, lang: 'vi', subject: 'Tài khoản tòa soạn của bạn bị đăng nhập sai nhiều lần',
      paragraphs: [
        `Xin chào ${to.name},`,
        `Có nhiều lần đăng nhập sai vào tài khoản tòa soạn của bạn (${to.email}) từ địa chỉ ${ip}, lần cuối lúc ${formatNewsroomTime(at)}.`,
        `Địa chỉ đó bị chặn đăng nhập vào tài khoản của bạn trong ${LOCK_MS / 60_000} phút. Bạn vẫn đăng nhập được từ các địa chỉ bạn thường dùng.`,
        'Nếu đó là bạn, không cần làm gì. Nếu không phải bạn, xin đổi mật khẩu, bật xác thực hai bước và báo quản trị hệ thống.',
      ],
      action: { label: 'Đổi mật khẩu', href: this.link('/toa-soan/mat-khau') },
    })
  }
}
