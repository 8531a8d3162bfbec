<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About L2FH Desk</source>
            <translation>Giới thiệu L2FH Desk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Build date</source>
            <translation>Ngày đóng gói</translation>
        </message>
        <message>
            <source>Build commit</source>
            <translation>Mã commit</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>Phiên bản lược đồ</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Bệnh viện</translation>
        </message>
        <message>
            <source>Hospital UUID</source>
            <translation>UUID bệnh viện</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Dấu vân tay khóa</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Tệp nhật ký</translation>
        </message>
        <message>
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Hệ thống</translation>
        </message>
        <message>
            <source>L2FH Desk — offline logger for a UN Level-2 Field Hospital</source>
            <translation>L2FH Desk — phần mềm ghi chép ngoại tuyến cho Bệnh viện dã chiến cấp 2 của Liên Hợp Quốc</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>development build</source>
            <translation>bản phát triển</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <source>The first commander account</source>
            <translation>Tài khoản chỉ huy đầu tiên</translation>
        </message>
        <message>
            <source>The commander manages accounts, rotations, reports and exports.</source>
            <translation>Chỉ huy quản lý tài khoản, các đợt luân phiên, báo cáo và xuất dữ liệu.</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Tên đăng nhập</translation>
        </message>
        <message>
            <source>Full name and &amp;rank</source>
            <translation>Họ tên và cấp &amp;bậc</translation>
        </message>
        <message>
            <source>&amp;Password (at least 8 characters)</source>
            <translation>&amp;Mật khẩu (ít nhất 8 ký tự)</translation>
        </message>
        <message>
            <source>&amp;Repeat the password</source>
            <translation>&amp;Nhập lại mật khẩu</translation>
        </message>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>Mật khẩu phải có ít nhất 8 ký tự.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <source>Disabled</source>
            <translation>Đã vô hiệu hóa</translation>
        </message>
        <message>
            <source>Locked (wrong passwords)</source>
            <translation>Bị khóa (sai mật khẩu)</translation>
        </message>
        <message>
            <source>No key yet (reset the password)</source>
            <translation>Chưa có khóa (đặt lại mật khẩu)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Đang hoạt động</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Name and rank</source>
            <translation>Họ tên và cấp bậc</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <source>Accounts</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Accounts&lt;/h2&gt;Who may sign in, and with which role.</source>
            <translation>&lt;h2&gt;Tài khoản&lt;/h2&gt;Ai được đăng nhập và với vai trò nào.</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>Tài khoản &amp;mới…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>Đặt &amp;lại mật khẩu…</translation>
        </message>
        <message>
            <source>Un&amp;lock</source>
            <translation>Mở k&amp;hóa</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>Đặt &amp;vai trò</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Kích hoạt</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Vô hiệu hóa</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>Mật khẩu mới cho %1</translation>
        </message>
        <message>
            <source>The password was reset and the account unlocked.</source>
            <translation>Mật khẩu đã được đặt lại và tài khoản đã được mở khóa.</translation>
        </message>
        <message>
            <source>The account was unlocked: it may sign in again.</source>
            <translation>Tài khoản đã được mở khóa: có thể đăng nhập lại.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Making the demo hospital database…</source>
            <translation>Đang tạo cơ sở dữ liệu bệnh viện mẫu…</translation>
        </message>
        <message>
            <source>HQ workspace: %1</source>
            <translation>Không gian làm việc Bộ chỉ huy: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Working…</source>
            <translation>Đang xử lý…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Vui lòng chờ</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Đang hủy…</translation>
        </message>
        <message>
            <source>The operation failed</source>
            <translation>Thao tác không thành công</translation>
        </message>
    </context>
    <context>
        <name>BedBoardModel</name>
        <message>
            <source>Bed</source>
            <translation>Giường</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Bệnh nhân</translation>
        </message>
        <message>
            <source>Sex, age</source>
            <translation>Giới tính, tuổi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <source>UN index no. or home</source>
            <translation>Số hiệu LHQ hoặc nơi ở</translation>
        </message>
        <message>
            <source>Days in</source>
            <translation>Số ngày nằm viện</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Chẩn đoán</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Kế hoạch điều trị</translation>
        </message>
        <message>
            <source>Admitted %1</source>
            <translation>Nhập viện lúc %1</translation>
        </message>
    </context>
    <context>
        <name>BedPicker</name>
        <message>
            <source>No free bed: discharge or move a patient first.</source>
            <translation>Không còn giường trống: hãy cho ra viện hoặc chuyển giường một bệnh nhân trước.</translation>
        </message>
        <message>
            <source>No free bed matches “%1”.</source>
            <translation>Không có giường trống nào khớp với “%1”.</translation>
        </message>
        <message>
            <source>Free beds: %1 of %2 · ↑/↓ to choose, Enter to take</source>
            <translation>Giường trống: %1 / %2 · ↑/↓ để chọn, Enter để nhận</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Current password</source>
            <translation>Mật khẩu hiện tại</translation>
        </message>
        <message>
            <source>New password (at least 8 characters)</source>
            <translation>Mật khẩu mới (ít nhất 8 ký tự)</translation>
        </message>
        <message>
            <source>Repeat the new password</source>
            <translation>Nhập lại mật khẩu mới</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Đổi mật khẩu</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmSigner</name>
        <message>
            <source>Confirm the hospital's key</source>
            <translation>Xác nhận khóa của bệnh viện</translation>
        </message>
        <message>
            <source>HQ has never received a bundle from this hospital's key. The bundle says it is from:</source>
            <translation>Bộ chỉ huy chưa từng nhận gói dữ liệu nào ký bằng khóa này. Gói dữ liệu ghi là của:</translation>
        </message>
        <message numerus="yes">
            <source>File(s): %1</source>
            <translation>
                <numerusform>Tệp: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Phone the hospital and have them read their key fingerprint (Help &gt; About in their app). Trust the key only if every group below matches.</source>
            <translation>Gọi điện cho bệnh viện và đề nghị họ đọc dấu vân tay khóa (Trợ giúp &gt; Giới thiệu trong ứng dụng của họ). Chỉ tin cậy khóa nếu mọi nhóm bên dưới đều khớp.</translation>
        </message>
        <message>
            <source>The fingerprint &amp;matches: trust this key</source>
            <translation>Dấu vân tay &amp;khớp: tin cậy khóa này</translation>
        </message>
        <message>
            <source>It does &amp;not match: do not import</source>
            <translation>&amp;Không khớp: không nhập</translation>
        </message>
    </context>
    <context>
        <name>CoreErrors</name>
        <message>
            <source>Username may hold letters, digits, '.', '_' and '-' (at most 64)</source>
            <translation>Tên đăng nhập chỉ gồm chữ cái, chữ số, '.', '_' và '-' (tối đa 64 ký tự)</translation>
        </message>
        <message>
            <source>Diastolic blood pressure must be lower than systolic</source>
            <translation>Huyết áp tâm trương phải thấp hơn huyết áp tâm thu</translation>
        </message>
        <message>
            <source>ICD-10 code '%1' does not exist</source>
            <translation>Mã ICD-10 '%1' không tồn tại</translation>
        </message>
        <message>
            <source>A patient dead on arrival is triaged as dead</source>
            <translation>Bệnh nhân tử vong khi đến phải được phân loại là tử vong</translation>
        </message>
        <message>
            <source>Only one diagnosis can be primary</source>
            <translation>Chỉ một chẩn đoán được là chẩn đoán chính</translation>
        </message>
        <message>
            <source>The encounter belongs to another patient</source>
            <translation>Lượt khám này thuộc về bệnh nhân khác</translation>
        </message>
        <message>
            <source>The encounter is before the patient's date of birth</source>
            <translation>Lượt khám có trước ngày sinh của bệnh nhân</translation>
        </message>
        <message>
            <source>Pregnancy can only be recorded for a female patient</source>
            <translation>Chỉ ghi nhận mang thai cho bệnh nhân nữ</translation>
        </message>
        <message>
            <source>Pregnancy at age %1 is not plausible (expected %2-%3)</source>
            <translation>Mang thai ở tuổi %1 là không hợp lý (thường từ %2 đến %3)</translation>
        </message>
        <message>
            <source>%1 of 0 is recorded only for a patient dead on arrival or who died (otherwise %2 to %3 %4)</source>
            <translation>%1 bằng 0 chỉ được ghi cho bệnh nhân tử vong khi đến hoặc đã tử vong (nếu không: %2 đến %3 %4)</translation>
        </message>
        <message>
            <source>The rotation must end after it starts</source>
            <translation>Đợt luân phiên phải kết thúc sau ngày bắt đầu</translation>
        </message>
        <message>
            <source>Women and girls (%1) plus men and boys (%2) must equal the people reached (%3)</source>
            <translation>Phụ nữ và trẻ em gái (%1) cộng nam giới và trẻ em trai (%2) phải bằng số người được tiếp cận (%3)</translation>
        </message>
        <message>
            <source>Children reached cannot exceed the people reached</source>
            <translation>Số trẻ em được tiếp cận không thể vượt quá số người được tiếp cận</translation>
        </message>
        <message>
            <source>A quantity needs a unit (e.g. masks, ha)</source>
            <translation>Số lượng cần có đơn vị (ví dụ: khẩu trang, ha)</translation>
        </message>
        <message>
            <source>Staff taking part cannot be fewer than the names listed</source>
            <translation>Số nhân viên tham gia không thể ít hơn số tên đã liệt kê</translation>
        </message>
        <message>
            <source>Estimated age must be between 0 and %1 years</source>
            <translation>Tuổi ước tính phải từ 0 đến %1</translation>
        </message>
        <message>
            <source>Date of birth gives an age over %1 years</source>
            <translation>Ngày sinh này cho tuổi trên %1</translation>
        </message>
        <message>
            <source>UN index number may hold only letters, digits, '-' and '/'</source>
            <translation>Số hiệu LHQ chỉ gồm chữ cái, chữ số, '-' và '/'</translation>
        </message>
        <message>
            <source>UN index number is at most 20 characters</source>
            <translation>Số hiệu LHQ tối đa 20 ký tự</translation>
        </message>
        <message>
            <source>This field is required</source>
            <translation>Trường này là bắt buộc</translation>
        </message>
        <message>
            <source>Cannot be in the future</source>
            <translation>Không thể ở tương lai</translation>
        </message>
        <message>
            <source>Approval must be after the request</source>
            <translation>Thời điểm phê duyệt phải sau thời điểm yêu cầu</translation>
        </message>
        <message>
            <source>Departure must be after the request</source>
            <translation>Thời điểm khởi hành phải sau thời điểm yêu cầu</translation>
        </message>
        <message>
            <source>Departure must be after the approval</source>
            <translation>Thời điểm khởi hành phải sau thời điểm phê duyệt</translation>
        </message>
        <message>
            <source>Arrival must be after the departure</source>
            <translation>Thời điểm đến nơi phải sau thời điểm khởi hành</translation>
        </message>
        <message>
            <source>An evacuation that is %1 needs the time</source>
            <translation>Ca chuyển viện ở trạng thái %1 cần có thời gian</translation>
        </message>
        <message>
            <source>Discharge must be after admission</source>
            <translation>Thời điểm ra viện phải sau thời điểm nhập viện</translation>
        </message>
        <message>
            <source>A discharge needs an outcome</source>
            <translation>Ra viện cần có kết quả điều trị</translation>
        </message>
        <message>
            <source>An outcome needs a discharge time</source>
            <translation>Kết quả điều trị cần có thời điểm ra viện</translation>
        </message>
        <message>
            <source>Choose the disposition (what happens to the patient now)</source>
            <translation>Chọn hướng xử trí (bệnh nhân sẽ được xử trí thế nào)</translation>
        </message>
        <message>
            <source>An emergency encounter needs a triage category</source>
            <translation>Lượt khám cấp cứu cần có mức phân loại</translation>
        </message>
        <message>
            <source>An admission needs a bed</source>
            <translation>Nhập viện cần có giường</translation>
        </message>
        <message>
            <source>An evacuation needs a destination</source>
            <translation>Chuyển viện cần có nơi đến</translation>
        </message>
        <message>
            <source>This encounter was already saved with another disposition; change it from the patient's record</source>
            <translation>Lượt khám này đã được lưu với hướng xử trí khác; hãy sửa từ hồ sơ bệnh nhân</translation>
        </message>
        <message>
            <source>Open a rotation first (Rotations page)</source>
            <translation>Hãy mở một đợt luân phiên trước (trang Luân phiên)</translation>
        </message>
        <message>
            <source>The next rotation must be numbered after %1</source>
            <translation>Đợt luân phiên tiếp theo phải có số sau %1</translation>
        </message>
        <message>
            <source>The next rotation must start after the current one</source>
            <translation>Đợt luân phiên tiếp theo phải bắt đầu sau đợt hiện tại</translation>
        </message>
        <message>
            <source>A record of '%1' cannot be voided</source>
            <translation>Không thể hủy bản ghi loại '%1'</translation>
        </message>
        <message>
            <source>Only a patient on the ward can be evacuated from it</source>
            <translation>Chỉ bệnh nhân đang nằm khoa mới được chuyển viện từ khoa</translation>
        </message>
        <message>
            <source>An evacuation of this patient is already pending; approve, record the departure or cancel it</source>
            <translation>Bệnh nhân này đã có một ca chuyển viện đang chờ; hãy phê duyệt, ghi nhận khởi hành hoặc hủy ca đó</translation>
        </message>
        <message>
            <source>This is an HQ database: patients, encounters, the ward and outreach are recorded at the hospitals and reach HQ in their bundles</source>
            <translation>Đây là cơ sở dữ liệu của Sở chỉ huy: bệnh nhân, lượt khám, khoa phòng và hoạt động cộng đồng được ghi tại các bệnh viện và gửi về Sở chỉ huy qua các gói dữ liệu</translation>
        </message>
        <message>
            <source>A reason is required to void a record</source>
            <translation>Cần có lý do để hủy một bản ghi</translation>
        </message>
        <message>
            <source>A voided record cannot be edited</source>
            <translation>Không thể sửa bản ghi đã hủy</translation>
        </message>
        <message>
            <source>This record is already voided</source>
            <translation>Bản ghi này đã bị hủy</translation>
        </message>
        <message>
            <source>Choose HQ administrator or HQ analyst</source>
            <translation>Chọn quản trị viên Bộ chỉ huy hoặc chuyên viên phân tích Sở chỉ huy</translation>
        </message>
        <message>
            <source>The last active HQ administrator account cannot be disabled or demoted</source>
            <translation>Không thể vô hiệu hóa hoặc hạ cấp tài khoản quản trị viên Bộ chỉ huy cuối cùng còn hoạt động</translation>
        </message>
        <message>
            <source>This account is already disabled</source>
            <translation>Tài khoản này đã bị vô hiệu hóa</translation>
        </message>
        <message>
            <source>You cannot disable your own account (another commander can)</source>
            <translation>Bạn không thể tự vô hiệu hóa tài khoản của mình (một chỉ huy khác có thể làm việc này)</translation>
        </message>
        <message>
            <source>You cannot disable your own account (another HQ administrator can)</source>
            <translation>Bạn không thể tự vô hiệu hóa tài khoản của mình (một quản trị viên Bộ chỉ huy khác có thể làm việc này)</translation>
        </message>
        <message>
            <source>This account is not disabled</source>
            <translation>Tài khoản này không bị vô hiệu hóa</translation>
        </message>
        <message>
            <source>Reset this account's password first: the encrypted database gave up its key slot when it was disabled</source>
            <translation>Hãy đặt lại mật khẩu của tài khoản này trước: cơ sở dữ liệu được mã hóa đã gỡ khe khóa của tài khoản khi nó bị vô hiệu hóa</translation>
        </message>
        <message>
            <source>This account is not locked out</source>
            <translation>Tài khoản này không bị khóa</translation>
        </message>
        <message>
            <source>Sign in first</source>
            <translation>Hãy đăng nhập trước</translation>
        </message>
        <message>
            <source>The current password is wrong</source>
            <translation>Mật khẩu hiện tại không đúng</translation>
        </message>
        <message>
            <source>Choose a password different from the current one</source>
            <translation>Hãy chọn mật khẩu khác với mật khẩu hiện tại</translation>
        </message>
        <message>
            <source>Choose medic or commander</source>
            <translation>Chọn nhân viên y tế hoặc chỉ huy</translation>
        </message>
        <message>
            <source>The last active commander account cannot be disabled or demoted</source>
            <translation>Không thể vô hiệu hóa hoặc hạ cấp tài khoản chỉ huy cuối cùng còn hoạt động</translation>
        </message>
        <message>
            <source>Password must be at least %1 characters</source>
            <translation>Mật khẩu phải có ít nhất %1 ký tự</translation>
        </message>
        <message>
            <source>An encounter on</source>
            <translation>Lượt khám ngày</translation>
        </message>
        <message>
            <source>An admission on</source>
            <translation>Lượt nhập viện ngày</translation>
        </message>
        <message>
            <source>An evacuation requested on</source>
            <translation>Yêu cầu chuyển viện ngày</translation>
        </message>
        <message>
            <source>An outreach activity on</source>
            <translation>Hoạt động cộng đồng ngày</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Ổ đĩa đã đầy</translation>
        </message>
        <message>
            <source>The disk reported an input/output error</source>
            <translation>Ổ đĩa báo lỗi vào/ra</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only file or disk)</source>
            <translation>Không ghi được vào cơ sở dữ liệu (tệp hoặc ổ đĩa chỉ đọc)</translation>
        </message>
        <message>
            <source>The disk is full; nothing was saved.</source>
            <translation>Ổ đĩa đã đầy; chưa có gì được lưu.</translation>
        </message>
        <message>
            <source>Free some space (delete old exports or backups) and save again; your form is kept.</source>
            <translation>Hãy giải phóng dung lượng (xóa các tệp xuất hoặc bản sao lưu cũ) rồi lưu lại; biểu mẫu của bạn vẫn được giữ.</translation>
        </message>
        <message>
            <source>The disk is full; nothing was saved. (%1)</source>
            <translation>Ổ đĩa đã đầy; chưa có gì được lưu. (%1)</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only file or disk).</source>
            <translation>Không ghi được vào cơ sở dữ liệu (tệp hoặc ổ đĩa chỉ đọc).</translation>
        </message>
        <message>
            <source>Move the database to a writable folder on the laptop's own disk.</source>
            <translation>Hãy chuyển cơ sở dữ liệu sang một thư mục ghi được trên ổ đĩa của chính máy tính.</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only file or disk). (%1)</source>
            <translation>Không ghi được vào cơ sở dữ liệu (tệp hoặc ổ đĩa chỉ đọc). (%1)</translation>
        </message>
        <message>
            <source>The database is busy in another program.</source>
            <translation>Cơ sở dữ liệu đang bận trong một chương trình khác.</translation>
        </message>
        <message>
            <source>Close the other copy of L2FH Desk (or the tool that has the file open) and try again.</source>
            <translation>Hãy đóng bản L2FH Desk kia (hoặc công cụ đang mở tệp) rồi thử lại.</translation>
        </message>
        <message>
            <source>The database is busy in another program. (%1)</source>
            <translation>Cơ sở dữ liệu đang bận trong một chương trình khác. (%1)</translation>
        </message>
        <message>
            <source>The database is busy in another program</source>
            <translation>Cơ sở dữ liệu đang bận trong một chương trình khác</translation>
        </message>
        <message>
            <source>The database file is damaged.</source>
            <translation>Tệp cơ sở dữ liệu bị hỏng.</translation>
        </message>
        <message>
            <source>Restore the newest good backup (l2fh-desk restore) and report the incident.</source>
            <translation>Hãy khôi phục bản sao lưu tốt gần nhất (l2fh-desk restore) và báo cáo sự cố.</translation>
        </message>
        <message>
            <source>The database file is damaged. (%1)</source>
            <translation>Tệp cơ sở dữ liệu bị hỏng. (%1)</translation>
        </message>
        <message>
            <source>The database file is damaged</source>
            <translation>Tệp cơ sở dữ liệu bị hỏng</translation>
        </message>
        <message>
            <source>This file is not an L2FH Desk database.</source>
            <translation>Tệp này không phải là cơ sở dữ liệu L2FH Desk.</translation>
        </message>
        <message>
            <source>Check the path: choose the .db file made by L2FH Desk.</source>
            <translation>Hãy kiểm tra đường dẫn: chọn tệp .db do L2FH Desk tạo ra.</translation>
        </message>
        <message>
            <source>This file is not an L2FH Desk database. (%1)</source>
            <translation>Tệp này không phải là cơ sở dữ liệu L2FH Desk. (%1)</translation>
        </message>
        <message>
            <source>This file is not an L2FH Desk database</source>
            <translation>Tệp này không phải là cơ sở dữ liệu L2FH Desk</translation>
        </message>
        <message>
            <source>This looks like an encrypted L2FH Desk database whose key slots file %1 is missing; nothing was changed.</source>
            <translation>Đây có vẻ là một cơ sở dữ liệu L2FH Desk đã mã hóa nhưng thiếu tệp khe khóa %1; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>Copy %1 (or the .keyslots file of a backup of it) beside the database, then open it again.</source>
            <translation>Hãy chép %1 (hoặc tệp .keyslots của một bản sao lưu của nó) vào cạnh cơ sở dữ liệu, rồi mở lại.</translation>
        </message>
        <message>
            <source>The encryption of %1 was interrupted before the database itself was converted; its records are as they were.</source>
            <translation>Việc mã hóa %1 đã bị gián đoạn trước khi chính cơ sở dữ liệu được chuyển đổi; các hồ sơ vẫn nguyên như cũ.</translation>
        </message>
        <message>
            <source>Run l2fh-desk encrypt --db %1 again (a commander) to finish it.</source>
            <translation>Chạy lại l2fh-desk encrypt --db %1 (chỉ huy) để hoàn tất.</translation>
        </message>
        <message>
            <source>The database file does not exist.</source>
            <translation>Tệp cơ sở dữ liệu không tồn tại.</translation>
        </message>
        <message>
            <source>Check the path.</source>
            <translation>Hãy kiểm tra đường dẫn.</translation>
        </message>
        <message>
            <source>The database file does not exist. (%1)</source>
            <translation>Tệp cơ sở dữ liệu không tồn tại. (%1)</translation>
        </message>
        <message>
            <source>The database file does not exist</source>
            <translation>Tệp cơ sở dữ liệu không tồn tại</translation>
        </message>
        <message>
            <source>The backup file does not exist; nothing was restored.</source>
            <translation>Tệp sao lưu không tồn tại; chưa có gì được khôi phục.</translation>
        </message>
        <message>
            <source>Check its path, and that the drive holding it is plugged in and mounted.</source>
            <translation>Hãy kiểm tra đường dẫn của tệp, và ổ đĩa chứa tệp đã được cắm và gắn vào máy.</translation>
        </message>
        <message>
            <source>The backup file does not exist; nothing was restored. (%1)</source>
            <translation>Tệp sao lưu không tồn tại; chưa có gì được khôi phục. (%1)</translation>
        </message>
        <message>
            <source>The backup file does not exist; nothing was restored</source>
            <translation>Tệp sao lưu không tồn tại; chưa có gì được khôi phục</translation>
        </message>
        <message>
            <source>The database is too new for this version of L2FH Desk.</source>
            <translation>Cơ sở dữ liệu mới hơn phiên bản L2FH Desk này.</translation>
        </message>
        <message>
            <source>Install the newer version of the application that wrote it.</source>
            <translation>Hãy cài phiên bản mới hơn của ứng dụng đã ghi nó.</translation>
        </message>
        <message>
            <source>The database is too new for this version of L2FH Desk. (%1)</source>
            <translation>Cơ sở dữ liệu mới hơn phiên bản L2FH Desk này. (%1)</translation>
        </message>
        <message>
            <source>The database is too new for this version of L2FH Desk</source>
            <translation>Cơ sở dữ liệu mới hơn phiên bản L2FH Desk này</translation>
        </message>
        <message>
            <source>The disk reported an input/output error.</source>
            <translation>Ổ đĩa báo lỗi vào/ra.</translation>
        </message>
        <message>
            <source>Check the disk; save again, and restore a backup if the problem stays.</source>
            <translation>Hãy kiểm tra ổ đĩa; lưu lại, và khôi phục một bản sao lưu nếu lỗi vẫn còn.</translation>
        </message>
        <message>
            <source>The disk reported an input/output error. (%1)</source>
            <translation>Ổ đĩa báo lỗi vào/ra. (%1)</translation>
        </message>
        <message>
            <source>The database is open in another program; nothing was changed.</source>
            <translation>Cơ sở dữ liệu đang mở trong một chương trình khác; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>Close that program (L2FH Desk or the tool named above), then try again.</source>
            <translation>Hãy đóng chương trình đó (L2FH Desk hoặc công cụ nêu ở trên), rồi thử lại.</translation>
        </message>
        <message>
            <source>The database is open in another program; nothing was changed. (%1)</source>
            <translation>Cơ sở dữ liệu đang mở trong một chương trình khác; không có gì bị thay đổi. (%1)</translation>
        </message>
        <message>
            <source>The database is open in another program; nothing was changed</source>
            <translation>Cơ sở dữ liệu đang mở trong một chương trình khác; không có gì bị thay đổi</translation>
        </message>
        <message>
            <source>The database file was moved or deleted while L2FH Desk had it open; nothing was saved.</source>
            <translation>Tệp cơ sở dữ liệu đã bị chuyển đi hoặc bị xóa trong lúc L2FH Desk đang mở; chưa có gì được lưu.</translation>
        </message>
        <message>
            <source>Put the file back where it was (or restore the newest backup), then restart L2FH Desk; your form is kept.</source>
            <translation>Hãy đặt tệp về chỗ cũ (hoặc khôi phục bản sao lưu gần nhất), rồi khởi động lại L2FH Desk; biểu mẫu của bạn vẫn được giữ.</translation>
        </message>
        <message>
            <source>The database file was moved or deleted while L2FH Desk had it open; nothing was saved. (%1)</source>
            <translation>Tệp cơ sở dữ liệu đã bị chuyển đi hoặc bị xóa trong lúc L2FH Desk đang mở; chưa có gì được lưu. (%1)</translation>
        </message>
        <message>
            <source>The database file was moved or deleted while L2FH Desk had it open; nothing was saved</source>
            <translation>Tệp cơ sở dữ liệu đã bị chuyển đi hoặc bị xóa trong lúc L2FH Desk đang mở; chưa có gì được lưu</translation>
        </message>
        <message>
            <source>The database could not be opened safely.</source>
            <translation>Không mở được cơ sở dữ liệu một cách an toàn.</translation>
        </message>
        <message>
            <source>Do not run the database from a USB stick or network share; copy it to the laptop's disk.</source>
            <translation>Đừng chạy cơ sở dữ liệu từ USB hoặc thư mục chia sẻ qua mạng; hãy chép nó vào ổ đĩa của máy tính.</translation>
        </message>
        <message>
            <source>The database could not be opened safely. (%1)</source>
            <translation>Không mở được cơ sở dữ liệu một cách an toàn. (%1)</translation>
        </message>
        <message>
            <source>The database could not be opened safely</source>
            <translation>Không mở được cơ sở dữ liệu một cách an toàn</translation>
        </message>
        <message>
            <source>The disk is full.</source>
            <translation>Ổ đĩa đã đầy.</translation>
        </message>
        <message>
            <source>The disk is full: %1 was not written.</source>
            <translation>Ổ đĩa đã đầy: chưa ghi được %1.</translation>
        </message>
        <message>
            <source>Free some space or choose another drive, then try again.</source>
            <translation>Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác, rồi thử lại.</translation>
        </message>
        <message>
            <source>The drive is read-only.</source>
            <translation>Ổ đĩa chỉ đọc.</translation>
        </message>
        <message>
            <source>The drive is read-only: %1 was not written.</source>
            <translation>Ổ đĩa chỉ đọc: chưa ghi được %1.</translation>
        </message>
        <message>
            <source>Choose a writable folder or unlock the drive, then try again.</source>
            <translation>Hãy chọn một thư mục ghi được hoặc mở khóa ổ đĩa, rồi thử lại.</translation>
        </message>
        <message>
            <source>The disk reported an input/output error (at %1).</source>
            <translation>Ổ đĩa báo lỗi vào/ra (tại %1).</translation>
        </message>
        <message>
            <source>Check the drive or choose another one, then try again.</source>
            <translation>Hãy kiểm tra ổ đĩa hoặc chọn ổ khác, rồi thử lại.</translation>
        </message>
        <message>
            <source>%1 is another application's SQLite file (%2); it was left as it was</source>
            <translation>%1 là tệp SQLite của một ứng dụng khác (%2); tệp được giữ nguyên</translation>
        </message>
        <message>
            <source>backups of %1 are being made by other programs</source>
            <translation>các chương trình khác đang sao lưu %1</translation>
        </message>
        <message>
            <source>The disk at %1 is full; no backup was made.</source>
            <translation>Ổ đĩa tại %1 đã đầy; chưa tạo được bản sao lưu.</translation>
        </message>
        <message>
            <source>Free some space or choose another drive, then back up again.</source>
            <translation>Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác, rồi sao lưu lại.</translation>
        </message>
        <message>
            <source>the backup just written failed its check: %1</source>
            <translation>bản sao lưu vừa ghi không qua được bước kiểm tra: %1</translation>
        </message>
        <message>
            <source>%1 cannot be written (read-only drive or folder); no backup was made.</source>
            <translation>Không ghi được vào %1 (ổ đĩa hoặc thư mục chỉ đọc); chưa tạo được bản sao lưu.</translation>
        </message>
        <message>
            <source>Choose a writable folder or unlock the drive, then back up again.</source>
            <translation>Hãy chọn một thư mục ghi được hoặc mở khóa ổ đĩa, rồi sao lưu lại.</translation>
        </message>
        <message>
            <source>The disk at %1 reported an input/output error; no backup was made.</source>
            <translation>Ổ đĩa tại %1 báo lỗi vào/ra; chưa tạo được bản sao lưu.</translation>
        </message>
        <message>
            <source>Check the drive or choose another one, then back up again.</source>
            <translation>Hãy kiểm tra ổ đĩa hoặc chọn ổ khác, rồi sao lưu lại.</translation>
        </message>
        <message>
            <source>%1; no backup was made.</source>
            <translation>%1; chưa tạo được bản sao lưu.</translation>
        </message>
        <message>
            <source>backup check failed: %1</source>
            <translation>kiểm tra bản sao lưu không đạt: %1</translation>
        </message>
        <message>
            <source>the transaction was rolled back by the database</source>
            <translation>giao dịch đã bị cơ sở dữ liệu hủy bỏ</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <translation>đã mở ở chế độ chỉ đọc</translation>
        </message>
        <message>
            <source>%1 is a folder</source>
            <translation>%1 là một thư mục</translation>
        </message>
        <message>
            <source>journal_mode is %1, not WAL</source>
            <translation>journal_mode là %1, không phải WAL</translation>
        </message>
        <message>
            <source>PRAGMA %1 is %2, wanted %3</source>
            <translation>PRAGMA %1 là %2, cần %3</translation>
        </message>
        <message>
            <source>%1 is not a regular file</source>
            <translation>%1 không phải là tệp thông thường</translation>
        </message>
        <message>
            <source>the encrypted copy of %1 did not check out (%2); the plain file was left as it was</source>
            <translation>bản mã hóa của %1 không qua được bước kiểm tra (%2); tệp chưa mã hóa được giữ nguyên</translation>
        </message>
        <message>
            <source>a text value is not valid UTF-8</source>
            <translation>một giá trị văn bản không phải UTF-8 hợp lệ</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>không mở được tệp</translation>
        </message>
        <message>
            <source>schema %1, this version of L2FH Desk knows up to %2</source>
            <translation>lược đồ %1, phiên bản L2FH Desk này chỉ biết đến %2</translation>
        </message>
        <message>
            <source>migration %1 would leave row %2 of %3 pointing at a missing %4 row</source>
            <translation>bước chuyển đổi %1 sẽ để dòng %2 của %3 trỏ tới một dòng %4 không tồn tại</translation>
        </message>
        <message>
            <source>process %1 (%2)</source>
            <translation>tiến trình %1 (%2)</translation>
        </message>
        <message>
            <source>process %1</source>
            <translation>tiến trình %1</translation>
        </message>
        <message>
            <source>the backup and the database are the same file</source>
            <translation>bản sao lưu và cơ sở dữ liệu là cùng một tệp</translation>
        </message>
        <message>
            <source>%1 has no key slots file beside it (%2): it is not a backup of this encrypted database; nothing was changed</source>
            <translation>%1 không có tệp khe khóa bên cạnh (%2): đây không phải bản sao lưu của cơ sở dữ liệu đã mã hóa này; không có gì bị thay đổi</translation>
        </message>
        <message>
            <source>%1 is not a good backup (%2); nothing was changed</source>
            <translation>%1 không phải là bản sao lưu tốt (%2); không có gì bị thay đổi</translation>
        </message>
        <message>
            <source>%1 is open in %2</source>
            <translation>%1 đang mở trong %2</translation>
        </message>
        <message>
            <source>schema %1</source>
            <translation>lược đồ %1</translation>
        </message>
        <message>
            <source>The disk at %1 is full; nothing of %2 was imported.</source>
            <translation>Ổ đĩa tại %1 đã đầy; chưa nhập được gì từ %2.</translation>
        </message>
        <message>
            <source>Free some space on this computer, then import again.</source>
            <translation>Hãy giải phóng dung lượng trên máy tính này, rồi nhập lại.</translation>
        </message>
        <message>
            <source>%1 (at %2); nothing of %3 was imported.</source>
            <translation>%1 (tại %2); chưa nhập được gì từ %3.</translation>
        </message>
        <message>
            <source>locked after %1 wrong passwords until %2 UTC</source>
            <translation>bị khóa sau %1 lần nhập sai mật khẩu, đến %2 UTC</translation>
        </message>
        <message>
            <source>a recovery key is %1 letters and digits in groups of 4</source>
            <translation>khóa khôi phục gồm %1 chữ cái và chữ số, chia thành từng nhóm 4 ký tự</translation>
        </message>
        <message>
            <source>the key slots file is damaged</source>
            <translation>tệp khe khóa bị hỏng</translation>
        </message>
        <message>
            <source>%1 is not an L2FH key slots file</source>
            <translation>%1 không phải là tệp khe khóa L2FH</translation>
        </message>
        <message>
            <source>%1 is missing: an encrypted database cannot be opened without its key slots file (restore it from the backup it came with)</source>
            <translation>thiếu %1: không thể mở cơ sở dữ liệu đã mã hóa nếu không có tệp khe khóa của nó (hãy khôi phục tệp từ bản sao lưu đi kèm)</translation>
        </message>
        <message>
            <source>the key slots file %1 cannot be read or is damaged</source>
            <translation>không đọc được tệp khe khóa %1 hoặc tệp bị hỏng</translation>
        </message>
        <message>
            <source>that recovery key does not open this database</source>
            <translation>khóa khôi phục đó không mở được cơ sở dữ liệu này</translation>
        </message>
        <message>
            <source>the database is encrypted but its key is not held</source>
            <translation>cơ sở dữ liệu đã được mã hóa nhưng không có khóa của nó</translation>
        </message>
        <message>
            <source>%1 is already encrypted</source>
            <translation>%1 đã được mã hóa</translation>
        </message>
        <message>
            <source>%1 is not encrypted</source>
            <translation>%1 chưa được mã hóa</translation>
        </message>
        <message>
            <source>%1: the demo stopped part way, after adding %2.</source>
            <translation>%1: việc tạo dữ liệu mẫu dừng giữa chừng, sau khi đã thêm %2.</translation>
        </message>
        <message>
            <source>%1: the demo added nothing.</source>
            <translation>%1: chưa thêm được dữ liệu mẫu nào.</translation>
        </message>
        <message>
            <source>Free some space, then run demo again (it adds a new set of records).</source>
            <translation>Hãy giải phóng dung lượng, rồi chạy lại demo (lệnh này thêm một bộ hồ sơ mới).</translation>
        </message>
        <message>
            <source>Give the bed labels or a number of beds (at least 1)</source>
            <translation>Nhập tên các giường hoặc số giường (ít nhất 1)</translation>
        </message>
        <message>
            <source>Bed %1 is listed twice</source>
            <translation>Giường %1 được liệt kê hai lần</translation>
        </message>
        <message>
            <source>Ward %1 already has bed %2</source>
            <translation>Khoa %1 đã có giường %2</translation>
        </message>
        <message>
            <source>'%1' matches %2 hospitals (%3); give more of the name or UUID</source>
            <translation>'%1' khớp với %2 bệnh viện (%3); hãy nhập thêm tên hoặc UUID</translation>
        </message>
        <message>
            <source>This database holds %1 hospitals; name one (--hospital): %2</source>
            <translation>Cơ sở dữ liệu này có %1 bệnh viện; hãy chọn một (--hospital): %2</translation>
        </message>
        <message>
            <source>No hospital matches '%1'</source>
            <translation>Không có bệnh viện nào khớp với '%1'</translation>
        </message>
        <message>
            <source>Rotation %1 already exists</source>
            <translation>Đợt luân phiên %1 đã tồn tại</translation>
        </message>
        <message>
            <source>This database holds no hospital yet</source>
            <translation>Cơ sở dữ liệu này chưa có bệnh viện nào</translation>
        </message>
        <message>
            <source>Date of birth: %1 is after this patient's visit of %2</source>
            <translation>Ngày sinh: %1 sau lần khám ngày %2 của bệnh nhân này</translation>
        </message>
        <message>
            <source>%1 %2 does not belong to rotation %3 (%4 to %5)</source>
            <translation>%1 %2 không thuộc đợt luân phiên %3 (%4 đến %5)</translation>
        </message>
        <message>
            <source>The username '%1' is taken</source>
            <translation>Tên đăng nhập '%1' đã có người dùng</translation>
        </message>
        <message>
            <source>That bed is taken; choose a free bed</source>
            <translation>Giường này đã có người; hãy chọn giường trống</translation>
        </message>
        <message>
            <source>This patient is already admitted; discharge or move that admission instead</source>
            <translation>Bệnh nhân này đang nằm viện; hãy cho ra viện hoặc chuyển giường lượt nhập viện đó</translation>
        </message>
        <message>
            <source>Bed %1 (%2) is taken by %3; choose a free bed</source>
            <translation>Giường %1 (%2) đang có %3 nằm; hãy chọn giường trống</translation>
        </message>
        <message>
            <source>There is no bed %1 in ward %2; choose one of the free beds</source>
            <translation>Khoa %2 không có giường %1; hãy chọn một giường trống</translation>
        </message>
        <message>
            <source>This admission is already closed</source>
            <translation>Lượt nhập viện này đã kết thúc</translation>
        </message>
        <message>
            <source>Only an open admission can change bed</source>
            <translation>Chỉ lượt nhập viện đang mở mới được đổi giường</translation>
        </message>
        <message>
            <source>%1 is already admitted (%2 · %3); discharge or move that admission instead</source>
            <translation>%1 đang nằm viện (%2 · %3); hãy cho ra viện hoặc chuyển giường lượt nhập viện đó</translation>
        </message>
        <message>
            <source>A voided evacuation cannot change</source>
            <translation>Không thể thay đổi ca chuyển viện đã hủy</translation>
        </message>
        <message>
            <source>An evacuation that is %1 cannot become %2</source>
            <translation>Ca chuyển viện ở trạng thái %1 không thể chuyển sang %2</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>The details were written to the log file:
%1</source>
            <translation>Chi tiết đã được ghi vào tệp nhật ký:
%1</translation>
        </message>
        <message>
            <source>The details could not be written to a log file.</source>
            <translation>Không ghi được chi tiết vào tệp nhật ký.</translation>
        </message>
        <message>
            <source>Something went wrong in L2FH Desk. Every record you had saved is safe: each save is written to the database before "Saved" is shown. A form you were typing may need to be checked.</source>
            <translation>L2FH Desk gặp lỗi. Mọi hồ sơ bạn đã lưu đều an toàn: mỗi lần lưu được ghi vào cơ sở dữ liệu trước khi hiện "Đã lưu". Biểu mẫu bạn đang nhập có thể cần kiểm tra lại.</translation>
        </message>
        <message>
            <source>You can keep working. If this happens again, restart the app and send the log file to your IT or medical information officer.</source>
            <translation>Bạn có thể tiếp tục làm việc. Nếu lỗi lặp lại, hãy khởi động lại ứng dụng và gửi tệp nhật ký cho cán bộ công nghệ thông tin hoặc cán bộ thông tin y tế.</translation>
        </message>
        <message>
            <source>L2FH Desk — unexpected error</source>
            <translation>L2FH Desk — lỗi không mong muốn</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Tiếp tục làm việc</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <source>Rotation</source>
            <translation>Đợt luân phiên</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Lượt khám</translation>
        </message>
        <message>
            <source>Patients seen</source>
            <translation>Số bệnh nhân đã khám</translation>
        </message>
        <message>
            <source>On the ward now</source>
            <translation>Đang nằm điều trị</translation>
        </message>
        <message>
            <source>Evacuations</source>
            <translation>Sơ tán y tế</translation>
        </message>
        <message>
            <source>People reached by outreach</source>
            <translation>Số người được tiếp cận qua hoạt động cộng đồng</translation>
        </message>
        <message>
            <source>Top diagnoses</source>
            <translation>Chẩn đoán thường gặp nhất</translation>
        </message>
        <message>
            <source>Outreach by kind</source>
            <translation>Hoạt động cộng đồng theo loại</translation>
        </message>
        <message>
            <source>No rotation yet: open one on the Rotations page.</source>
            <translation>Chưa có đợt luân phiên: hãy mở một đợt ở trang Luân phiên.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Đang tổng hợp…</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>Không đọc được số liệu: %1</translation>
        </message>
        <message>
            <source>Encounters per week (week starting)</source>
            <translation>Lượt khám theo tuần (ngày đầu tuần)</translation>
        </message>
        <message>
            <source>Encounters by patient category</source>
            <translation>Lượt khám theo đối tượng bệnh nhân</translation>
        </message>
    </context>
    <context>
        <name>DepartmentPage</name>
        <message>
            <source>The HQ department</source>
            <translation>Cục tại Bộ chỉ huy</translation>
        </message>
        <message>
            <source>This installation is HQ's: it holds copies of the hospitals' records and reports across them.</source>
            <translation>Bản cài đặt này thuộc Bộ chỉ huy: lưu bản sao hồ sơ của các bệnh viện và lập báo cáo tổng hợp.</translation>
        </message>
        <message>
            <source>Department &amp;name (e.g. Department of Peacekeeping Operations)</source>
            <translation>&amp;Tên cục (ví dụ: Cục Gìn giữ hòa bình)</translation>
        </message>
        <message>
            <source>Give the department's name.</source>
            <translation>Hãy nhập tên cục.</translation>
        </message>
    </context>
    <context>
        <name>DischargeDialog</name>
        <message>
            <source>Discharge</source>
            <translation>Ra viện</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Kết quả điều trị</translation>
        </message>
        <message>
            <source>Discharged at</source>
            <translation>Thời điểm ra viện</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Discharge %1 from %2 · %3?</source>
            <translation>Cho %1 ra viện khỏi %2 · %3?</translation>
        </message>
    </context>
    <context>
        <name>DraftBanner</name>
        <message>
            <source>Restore it</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Bỏ đi</translation>
        </message>
    </context>
    <context>
        <name>EncounterPage</name>
        <message>
            <source>Encounter</source>
            <translation>Lượt khám</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Bệnh nhân</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Loại khám</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Thời gian</translation>
        </message>
        <message>
            <source>T&amp;riage</source>
            <translation>&amp;Phân loại</translation>
        </message>
        <message>
            <source>Chief &amp;complaint</source>
            <translation>Lý do &amp;khám chính</translation>
        </message>
        <message>
            <source>Pregnant</source>
            <translation>Mang thai</translation>
        </message>
        <message>
            <source>&amp;Treatment</source>
            <translation>Đ&amp;iều trị</translation>
        </message>
        <message>
            <source>D&amp;isposition</source>
            <translation>&amp;Hướng xử trí</translation>
        </message>
        <message>
            <source>&amp;Bed</source>
            <translation>&amp;Giường</translation>
        </message>
        <message>
            <source>&amp;Ward</source>
            <translation>&amp;Khoa phòng</translation>
        </message>
        <message>
            <source>Pla&amp;n</source>
            <translation>&amp;Kế hoạch</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>&amp;Phương thức</translation>
        </message>
        <message>
            <source>Pri&amp;ority</source>
            <translation>Mức &amp;ưu tiên</translation>
        </message>
        <message>
            <source>D&amp;estination</source>
            <translation>&amp;Nơi chuyển đến</translation>
        </message>
        <message>
            <source>C&amp;linician</source>
            <translation>Bác &amp;sĩ khám</translation>
        </message>
        <message>
            <source>&lt;h2&gt;New encounter&lt;/h2&gt;Ctrl+F patient · Ctrl+D diagnosis · Ctrl+S or Enter saves</source>
            <translation>&lt;h2&gt;Lượt khám mới&lt;/h2&gt;Ctrl+F bệnh nhân · Ctrl+D chẩn đoán · Ctrl+S hoặc Enter để lưu</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>Vital signs</source>
            <translation>Dấu hiệu sinh tồn</translation>
        </message>
        <message>
            <source>Diagnoses (ICD-10 → MDS category); the first is primary</source>
            <translation>Chẩn đoán (ICD-10 → nhóm MDS); chẩn đoán đầu tiên là chẩn đoán chính</translation>
        </message>
        <message>
            <source>Select a diagnosis and press Delete to remove it.</source>
            <translation>Chọn một chẩn đoán và nhấn Delete để xóa.</translation>
        </message>
        <message>
            <source>Procedures</source>
            <translation>Thủ thuật</translation>
        </message>
        <message>
            <source>Procedure details</source>
            <translation>Chi tiết thủ thuật</translation>
        </message>
        <message>
            <source>Admission</source>
            <translation>Nhập viện</translation>
        </message>
        <message>
            <source>Referral or evacuation</source>
            <translation>Chuyển tuyến hoặc sơ tán</translation>
        </message>
        <message>
            <source>&amp;Save encounter</source>
            <translation>&amp;Lưu lượt khám</translation>
        </message>
        <message>
            <source>Clear form</source>
            <translation>Xóa biểu mẫu</translation>
        </message>
        <message>
            <source> (primary)</source>
            <translation> (chính)</translation>
        </message>
        <message>
            <source>Choose the patient first (Ctrl+F)</source>
            <translation>Hãy chọn bệnh nhân trước (Ctrl+F)</translation>
        </message>
        <message>
            <source>Open a rotation first (Rotations page)</source>
            <translation>Hãy mở một đợt luân phiên trước (trang Luân phiên)</translation>
        </message>
        <message>
            <source>Saved: %1, %2 — %3</source>
            <translation>Đã lưu: %1, %2 — %3</translation>
        </message>
        <message>
            <source>Not saved: correct the vital signs marked in red.</source>
            <translation>Chưa lưu: hãy sửa các dấu hiệu sinh tồn được đánh dấu đỏ.</translation>
        </message>
        <message>
            <source>Not saved: see the fields marked in red.</source>
            <translation>Chưa lưu: xem các trường được đánh dấu đỏ.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Chưa lưu</translation>
        </message>
        <message>
            <source>Unsaved encounter restored; check it and save.</source>
            <translation>Đã khôi phục lượt khám chưa lưu; hãy kiểm tra rồi lưu.</translation>
        </message>
        <message>
            <source>An encounter for %1, last changed %2, was being typed when L2FH Desk closed or locked. Restore it?</source>
            <translation>Một lượt khám cho %1, sửa lần cuối lúc %2, đang được nhập khi L2FH Desk đóng hoặc khóa. Khôi phục lại?</translation>
        </message>
        <message>
            <source>An encounter with no patient chosen yet, last changed %2, was being typed when L2FH Desk closed or locked. Restore it?</source>
            <translation>Một lượt khám chưa chọn bệnh nhân, sửa lần cuối lúc %2, đang được nhập khi L2FH Desk đóng hoặc khóa. Khôi phục lại?</translation>
        </message>
        <message>
            <source>Unsaved encounter</source>
            <translation>Lượt khám chưa lưu</translation>
        </message>
    </context>
    <context>
        <name>EvacuateDialog</name>
        <message>
            <source>Evacuate</source>
            <translation>Sơ tán y tế</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>e.g. Level-3 hospital, Juba</source>
            <translation>vd. Bệnh viện cấp 3, Juba</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Nơi chuyển đến</translation>
        </message>
        <message>
            <source>Requested at</source>
            <translation>Thời điểm yêu cầu</translation>
        </message>
        <message>
            <source>Departed</source>
            <translation>Đã khởi hành</translation>
        </message>
        <message>
            <source>Departed at</source>
            <translation>Thời điểm khởi hành</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <source>Export for HQ</source>
            <translation>Xuất dữ liệu cho Trụ sở</translation>
        </message>
        <message>
            <source>Export this hospital's database for HQ</source>
            <translation>Xuất cơ sở dữ liệu của bệnh viện này cho Trụ sở</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Lưu vào</translation>
        </message>
        <message>
            <source>&amp;Export bundle</source>
            <translation>&amp;Xuất gói dữ liệu</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message>
            <source>The HQ key in Settings is not valid, so nothing can be exported: %1</source>
            <translation>Khóa của Trụ sở trong Cài đặt không hợp lệ nên không thể xuất dữ liệu: %1</translation>
        </message>
        <message>
            <source>The data will be encrypted to HQ's key (fingerprint %1): only HQ can read the bundle.</source>
            <translation>Dữ liệu sẽ được mã hóa bằng khóa của Trụ sở (dấu vân tay %1): chỉ Trụ sở đọc được gói này.</translation>
        </message>
        <message>
            <source>No HQ key is set in Settings: the bundle will be signed but NOT encrypted. Anyone who has the file can read it.</source>
            <translation>Chưa đặt khóa của Trụ sở trong Cài đặt: gói sẽ được ký nhưng KHÔNG được mã hóa. Ai có tệp đều đọc được.</translation>
        </message>
        <message>
            <source>This hospital's signing key will be made with the first export.</source>
            <translation>Khóa ký của bệnh viện sẽ được tạo ở lần xuất đầu tiên.</translation>
        </message>
        <message>
            <source>This hospital's signing key cannot be read: %1</source>
            <translation>Không đọc được khóa ký của bệnh viện: %1</translation>
        </message>
        <message>
            <source>Pseudonymise</source>
            <translation>Ẩn danh hóa</translation>
        </message>
        <message>
            <source>Names and index numbers replaced by codes, dates of birth cut to the year, free text removed.</source>
            <translation>Thay họ tên và số hiệu LHQ bằng mã, ngày sinh chỉ giữ năm, bỏ các ghi chú tự do.</translation>
        </message>
        <message>
            <source>Signed with this hospital's key (fingerprint %1).</source>
            <translation>Ký bằng khóa của bệnh viện này (dấu vân tay %1).</translation>
        </message>
        <message>
            <source>Choose where to save the bundle.</source>
            <translation>Hãy chọn nơi lưu gói dữ liệu.</translation>
        </message>
        <message>
            <source>%1 already exists and was kept.</source>
            <translation>%1 đã tồn tại và được giữ nguyên.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Đang xuất…</translation>
        </message>
        <message>
            <source>Exporting the database…</source>
            <translation>Đang xuất cơ sở dữ liệu…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was exported.</source>
            <translation>Đã hủy: chưa xuất dữ liệu nào.</translation>
        </message>
        <message>
            <source>Exported %1 (%2 MB, %3). SHA-256 %4</source>
            <translation>Đã xuất %1 (%2 MB, %3). SHA-256 %4</translation>
        </message>
        <message>
            <source>encrypted to HQ</source>
            <translation>đã mã hóa cho Trụ sở</translation>
        </message>
        <message>
            <source>not encrypted</source>
            <translation>không mã hóa</translation>
        </message>
        <message>
            <source>Pseudonymised.</source>
            <translation>Đã ẩn danh hóa.</translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>Chưa xuất được gì: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>L2FH Desk: first run</source>
            <translation>L2FH Desk: thiết lập lần đầu</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Khoa tổng hợp</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of %1</source>
            <translation>Lịch sử của %1</translation>
        </message>
        <message>
            <source>No changes recorded for this record.</source>
            <translation>Không có thay đổi nào được ghi nhận cho bản ghi này.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Tạo mới</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Sửa đổi</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Đã mở</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Đã in</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Đã xuất</translation>
        </message>
    </context>
    <context>
        <name>HospitalPage</name>
        <message>
            <source>The hospital</source>
            <translation>Bệnh viện</translation>
        </message>
        <message>
            <source>This installation of L2FH Desk belongs to one Level-2 Field Hospital.</source>
            <translation>Bản cài đặt L2FH Desk này thuộc về một Bệnh viện dã chiến cấp 2.</translation>
        </message>
        <message>
            <source>Hospital &amp;name</source>
            <translation>&amp;Tên bệnh viện</translation>
        </message>
        <message>
            <source>&amp;Mission (e.g. UNMISS)</source>
            <translation>Phái &amp;bộ (ví dụ UNMISS)</translation>
        </message>
        <message>
            <source>&amp;Location (e.g. Bentiu)</source>
            <translation>Đị&amp;a điểm (ví dụ Bentiu)</translation>
        </message>
        <message>
            <source>Troop-contributing &amp;country</source>
            <translation>&amp;Quốc gia đóng góp quân</translation>
        </message>
        <message>
            <source>Contingent &amp;type</source>
            <translation>&amp;Loại lực lượng</translation>
        </message>
    </context>
    <context>
        <name>HqAccountPage</name>
        <message>
            <source>The first HQ administrator</source>
            <translation>Quản trị viên Bộ chỉ huy đầu tiên</translation>
        </message>
        <message>
            <source>The HQ administrator manages accounts, the trusted hospitals and their keys, revocation and retention. HQ analysts import, review and report.</source>
            <translation>Quản trị viên Bộ chỉ huy quản lý tài khoản, các bệnh viện tin cậy và khóa của họ, việc thu hồi khóa và thời hạn lưu trữ. Chuyên viên phân tích nhập dữ liệu, rà soát và lập báo cáo.</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Tên đăng nhập</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>&amp;Họ và tên</translation>
        </message>
        <message>
            <source>&amp;Password (at least 8 characters)</source>
            <translation>&amp;Mật khẩu (ít nhất 8 ký tự)</translation>
        </message>
        <message>
            <source>&amp;Repeat the password</source>
            <translation>&amp;Nhập lại mật khẩu</translation>
        </message>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>Mật khẩu phải có ít nhất 8 ký tự.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không giống nhau.</translation>
        </message>
    </context>
    <context>
        <name>HqAdvice</name>
        <message>
            <source>The hospital's key was not confirmed.</source>
            <translation>Khóa của bệnh viện chưa được xác nhận.</translation>
        </message>
        <message>
            <source>Phone the hospital: they read the fingerprint from Help &gt; About in their app. Import again and confirm it only if every group matches.</source>
            <translation>Gọi điện cho bệnh viện: họ đọc dấu vân tay ở Trợ giúp &gt; Giới thiệu trong ứng dụng. Nhập lại và chỉ xác nhận nếu mọi nhóm đều khớp.</translation>
        </message>
        <message>
            <source>The bundle is signed with a key HQ has revoked.</source>
            <translation>Gói được ký bằng một khóa Bộ chỉ huy đã thu hồi.</translation>
        </message>
        <message>
            <source>The hospital must export again with its new key; the HQ administrator trusts the new key once its fingerprint is confirmed by phone.</source>
            <translation>Bệnh viện phải xuất lại bằng khóa mới; quản trị viên Bộ chỉ huy tin cậy khóa mới sau khi xác nhận dấu vân tay qua điện thoại.</translation>
        </message>
        <message>
            <source>HQ knows this hospital with another key.</source>
            <translation>Bộ chỉ huy biết bệnh viện này với một khóa khác.</translation>
        </message>
        <message>
            <source>If the hospital changed its key, it sends its key rotation statement (`l2fh-desk keys --rotate`) and the HQ administrator accepts it on the Trusted keys page; otherwise treat the bundle as suspect.</source>
            <translation>Nếu bệnh viện đã đổi khóa, họ gửi bản xác nhận đổi khóa (`l2fh-desk keys --rotate`) và quản trị viên Bộ chỉ huy chấp nhận ở trang Khóa tin cậy; nếu không, coi gói này là đáng ngờ.</translation>
        </message>
        <message>
            <source>The bundle is signed with the key of another hospital.</source>
            <translation>Gói được ký bằng khóa của một bệnh viện khác.</translation>
        </message>
        <message>
            <source>Do not import it. Ask both hospitals how this file was made.</source>
            <translation>Không nhập gói này. Hỏi cả hai bệnh viện tệp này được tạo ra thế nào.</translation>
        </message>
        <message>
            <source>The file was changed after the hospital signed it, or was damaged on the way.</source>
            <translation>Tệp đã bị thay đổi sau khi bệnh viện ký, hoặc bị hỏng khi chuyển.</translation>
        </message>
        <message>
            <source>Ask the hospital to export again and send the new file (a fresh USB copy).</source>
            <translation>Đề nghị bệnh viện xuất lại và gửi tệp mới (chép lại sang USB).</translation>
        </message>
        <message>
            <source>HQ already holds a different file with the same bundle number.</source>
            <translation>Bộ chỉ huy đã có một tệp khác cùng số gói.</translation>
        </message>
        <message>
            <source>Ask the hospital for a new export; do not edit bundles by hand.</source>
            <translation>Đề nghị bệnh viện xuất lại; không sửa gói bằng tay.</translation>
        </message>
        <message>
            <source>The bundle was made by a newer version of L2FH Desk.</source>
            <translation>Gói được tạo bởi phiên bản L2FH Desk mới hơn.</translation>
        </message>
        <message>
            <source>Install the newer L2FH Desk at HQ, then import again.</source>
            <translation>Cài phiên bản L2FH Desk mới hơn tại Bộ chỉ huy rồi nhập lại.</translation>
        </message>
        <message>
            <source>The bundle is encrypted for an HQ key this HQ does not have.</source>
            <translation>Gói được mã hóa cho một khóa Bộ chỉ huy mà nơi này không có.</translation>
        </message>
        <message>
            <source>Check that the hospital stored this HQ's public key (its fingerprint is on the Trusted keys page), then ask it to export again.</source>
            <translation>Kiểm tra bệnh viện đã lưu đúng khóa công khai của Bộ chỉ huy này (dấu vân tay ở trang Khóa tin cậy), rồi đề nghị họ xuất lại.</translation>
        </message>
        <message>
            <source>This database is a hospital's, not HQ's.</source>
            <translation>Cơ sở dữ liệu này là của bệnh viện, không phải của Bộ chỉ huy.</translation>
        </message>
        <message>
            <source>Open the HQ database to import bundles.</source>
            <translation>Mở cơ sở dữ liệu của Bộ chỉ huy để nhập gói.</translation>
        </message>
        <message>
            <source>The bundle holds records that break the rules HQ checks.</source>
            <translation>Gói có hồ sơ vi phạm các quy tắc Bộ chỉ huy kiểm tra.</translation>
        </message>
        <message>
            <source>Ask the hospital to run `l2fh-desk check`, correct what it reports and export again.</source>
            <translation>Đề nghị bệnh viện chạy `l2fh-desk check`, sửa những gì được báo và xuất lại.</translation>
        </message>
        <message>
            <source>The file is not a complete L2FH bundle.</source>
            <translation>Tệp không phải là gói L2FH hoàn chỉnh.</translation>
        </message>
        <message>
            <source>Ask the hospital to export again and send the new file.</source>
            <translation>Đề nghị bệnh viện xuất lại và gửi tệp mới.</translation>
        </message>
    </context>
    <context>
        <name>HqKeyPage</name>
        <message>
            <source>HQ's key pair</source>
            <translation>Cặp khóa của Bộ chỉ huy</translation>
        </message>
        <message>
            <source>Hospitals encrypt their exports to HQ's public key. Give them the public key file and read this fingerprint to them by phone so they can check it.</source>
            <translation>Các bệnh viện mã hóa dữ liệu xuất bằng khóa công khai của Bộ chỉ huy. Hãy gửi họ tệp khóa công khai và đọc dấu vân tay này qua điện thoại để họ kiểm tra.</translation>
        </message>
        <message>
            <source>&amp;Export the public key for hospitals…</source>
            <translation>&amp;Xuất khóa công khai cho các bệnh viện…</translation>
        </message>
        <message>
            <source>Public key file: %1</source>
            <translation>Tệp khóa công khai: %1</translation>
        </message>
        <message>
            <source>Export HQ's public key</source>
            <translation>Xuất khóa công khai của Bộ chỉ huy</translation>
        </message>
        <message>
            <source>HQ public key (*.pub)</source>
            <translation>Khóa công khai Bộ chỉ huy (*.pub)</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Chưa xuất: %1</translation>
        </message>
        <message>
            <source>Exported to %1. Each hospital stores it with `l2fh-desk keys --set-hq-key FILE`.</source>
            <translation>Đã xuất ra %1. Mỗi bệnh viện lưu khóa bằng lệnh `l2fh-desk keys --set-hq-key FILE`.</translation>
        </message>
    </context>
    <context>
        <name>HqModels</name>
        <message>
            <source>Imported</source>
            <translation>Đã nhập</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Bệnh viện</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Đã xuất</translation>
        </message>
        <message>
            <source>New rows</source>
            <translation>Dòng mới</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Đã cập nhật</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Không đổi</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Xung đột</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Người nhập</translation>
        </message>
        <message>
            <source>Bundle %1, signed by key %2</source>
            <translation>Gói %1, ký bằng khóa %2</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Bảng</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Giá trị cũ</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Giá trị mới</translation>
        </message>
        <message>
            <source>Updated (newer version)</source>
            <translation>Cập nhật (phiên bản mới hơn)</translation>
        </message>
        <message>
            <source>Conflict: incoming kept</source>
            <translation>Xung đột: giữ bản nhập vào</translation>
        </message>
        <message>
            <source>Conflict: existing kept</source>
            <translation>Xung đột: giữ bản hiện có</translation>
        </message>
        <message>
            <source>Refused (belongs to another hospital)</source>
            <translation>Từ chối (thuộc bệnh viện khác)</translation>
        </message>
        <message>
            <source>Kept aside (a branch a restore gave up)</source>
            <translation>Để riêng (nhánh bị bỏ khi khôi phục)</translation>
        </message>
        <message>
            <source>Rotation</source>
            <translation>Đợt luân phiên</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Lượt khám</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Bệnh nhân</translation>
        </message>
    </context>
    <context>
        <name>HqOverview</name>
        <message>
            <source>Hospital</source>
            <translation>Bệnh viện</translation>
        </message>
        <message>
            <source>Rotation</source>
            <translation>Đợt</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>Chỉ huy</translation>
        </message>
        <message>
            <source>Last bundle
(age)</source>
            <translation>Gói mới nhất
(tuổi)</translation>
        </message>
        <message>
            <source>Mission,
location</source>
            <translation>Phái bộ,
địa điểm</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Open at
last export</source>
            <translation>Còn nằm viện
khi xuất</translation>
        </message>
        <message>
            <source>History
chain</source>
            <translation>Chuỗi
lịch sử</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>continues</source>
            <translation>liên tục</translation>
        </message>
        <message>
            <source>BROKEN</source>
            <translation>BỊ ĐỨT</translation>
        </message>
        <message>
            <source>%1 patients
%2 encounters · %3 admissions
%4 outreach activities · %5 staff</source>
            <translation>%1 bệnh nhân
%2 lượt khám · %3 nhập viện
%4 hoạt động cộng đồng · %5 quân số</translation>
        </message>
        <message>
            <source>Every audit row the hospital sent follows on from the one before it</source>
            <translation>Mọi dòng nhật ký kiểm toán bệnh viện gửi đều nối tiếp dòng trước</translation>
        </message>
        <message>
            <source>The hospital's audit trail as received has a gap or a broken link: ask the hospital to run `l2fh-desk check` and send a new bundle</source>
            <translation>Nhật ký kiểm toán nhận được của bệnh viện có chỗ thiếu hoặc đứt: đề nghị bệnh viện chạy `l2fh-desk check` và gửi gói mới</translation>
        </message>
        <message>
            <source>rotation %1</source>
            <translation>đợt luân phiên %1</translation>
        </message>
    </context>
    <context>
        <name>HqOverviewPage</name>
        <message>
            <source>Hospitals and rotations</source>
            <translation>Bệnh viện và các đợt luân phiên</translation>
        </message>
        <message>
            <source>Every hospital, mission and rotation HQ holds, from the newest bundle of each hospital. Hover over a row for its full names.</source>
            <translation>Mọi bệnh viện, phái bộ và đợt luân phiên mà Bộ chỉ huy đang lưu, theo gói dữ liệu mới nhất của từng bệnh viện. Di chuột lên một dòng để xem tên đầy đủ.</translation>
        </message>
        <message>
            <source>&amp;Review…</source>
            <translation>&amp;Rà soát…</translation>
        </message>
        <message>
            <source>HQ holds no hospital yet: import their bundles on the Import page.</source>
            <translation>Bộ chỉ huy chưa có bệnh viện nào: hãy nhập gói dữ liệu của họ ở trang Nhập.</translation>
        </message>
        <message>
            <source>Review: %1 to check, %2; %3.</source>
            <translation>Rà soát: %1 cần kiểm tra, %2; %3.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln likely duplicate person(s)</source>
            <translation>
                <numerusform>%Ln người có thể trùng lặp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln linked</source>
            <translation>
                <numerusform>%Ln đã liên kết</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln merge conflict(s) and refused row(s)</source>
            <translation>
                <numerusform>%Ln xung đột khi gộp và dòng bị từ chối</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HqPage</name>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>&amp;Nhập các gói dữ liệu…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <source>Import a &amp;folder or USB stick…</source>
            <translation>Nhập cả &amp;thư mục hoặc USB…</translation>
        </message>
        <message>
            <source>Import &amp;log</source>
            <translation>&amp;Nhật ký nhập</translation>
        </message>
        <message>
            <source>Each bundle is checked (signature, checksum, every row) before anything is merged; a refused bundle changes nothing. A hospital seen for the first time is trusted only after you confirm its key fingerprint with it by phone.</source>
            <translation>Mỗi gói được kiểm tra (chữ ký, mã kiểm tra, từng dòng) trước khi gộp; gói bị từ chối không làm thay đổi gì. Bệnh viện gửi lần đầu chỉ được tin cậy sau khi bạn xác nhận dấu vân tay khóa với họ qua điện thoại.</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Nhập các gói dữ liệu</translation>
        </message>
        <message>
            <source>L2FH bundles (*.l2fh)</source>
            <translation>Gói L2FH (*.l2fh)</translation>
        </message>
        <message>
            <source>Import every bundle in a folder</source>
            <translation>Nhập mọi gói trong một thư mục</translation>
        </message>
        <message>
            <source>No .l2fh bundle in %1.</source>
            <translation>Không có gói .l2fh nào trong %1.</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n bundle(s)…</source>
            <translation>
                <numerusform>Đang kiểm tra %n gói…</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking bundles…</source>
            <translation>Đang kiểm tra các gói…</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n bundle(s)…</source>
            <translation>
                <numerusform>Đang nhập %n gói…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation>Đang nhập các gói…</translation>
        </message>
        <message>
            <source>%1: NOT imported. %2
What to do: %3
(Detail: %4)</source>
            <translation>%1: KHÔNG được nhập. %2
Cần làm: %3
(Chi tiết: %4)</translation>
        </message>
        <message>
            <source>%1 (%2): imported — %3 new, %4 updated, %5 unchanged, %6 refused, %7 conflicts</source>
            <translation>%1 (%2): đã nhập — %3 mới, %4 cập nhật, %5 không đổi, %6 bị từ chối, %7 xung đột</translation>
        </message>
        <message>
            <source>Key %1 is now trusted for this hospital.</source>
            <translation>Khóa %1 nay đã được tin cậy cho bệnh viện này.</translation>
        </message>
        <message>
            <source>%1: already imported, nothing changed</source>
            <translation>%1: đã nhập trước đó, không có gì thay đổi</translation>
        </message>
        <message>
            <source>The import stopped: %1</source>
            <translation>Quá trình nhập đã dừng: %1</translation>
        </message>
    </context>
    <context>
        <name>HqReview</name>
        <message>
            <source>Record A</source>
            <translation>Hồ sơ A</translation>
        </message>
        <message>
            <source>Hospital A</source>
            <translation>Bệnh viện A</translation>
        </message>
        <message>
            <source>Record B</source>
            <translation>Hồ sơ B</translation>
        </message>
        <message>
            <source>Hospital B</source>
            <translation>Bệnh viện B</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Liên kết</translation>
        </message>
        <message>
            <source>linked: one person</source>
            <translation>đã liên kết: một người</translation>
        </message>
        <message>
            <source>not linked</source>
            <translation>chưa liên kết</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Bệnh viện</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>UN index number</source>
            <translation>Số hiệu LHQ</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Lượt khám</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Lần đầu</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Lần cuối</translation>
        </message>
        <message>
            <source>same UN index number</source>
            <translation>cùng số hiệu LHQ</translation>
        </message>
        <message>
            <source>same name, sex and birth year</source>
            <translation>cùng họ tên, giới tính và năm sinh</translation>
        </message>
    </context>
    <context>
        <name>IcdPicker</name>
        <message>
            <source>ICD-10 code or words, e.g. B54 or malaria</source>
            <translation>Mã ICD-10 hoặc từ khóa, ví dụ B54, sốt rét hoặc malaria</translation>
        </message>
        <message>
            <source>Matches: %1 · ↑/↓ to choose, Enter to add</source>
            <translation>Kết quả: %1 · ↑/↓ để chọn, Enter để thêm</translation>
        </message>
        <message>
            <source>No match for “%1”. Try fewer letters, or the ICD-10 code (e.g. B54).</source>
            <translation>Không tìm thấy “%1”. Hãy gõ ít chữ hơn, hoặc gõ mã ICD-10 (ví dụ B54).</translation>
        </message>
        <message>
            <source>↑/↓ to choose, Enter to add</source>
            <translation>↑/↓ để chọn, Enter để thêm</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Wrong password.</source>
            <translation>Sai mật khẩu.</translation>
        </message>
        <message>
            <source>The account is now locked; signing out.</source>
            <translation>Tài khoản đã bị khóa; đang đăng xuất.</translation>
        </message>
    </context>
    <context>
        <name>ImportLogPage</name>
        <message>
            <source>Admissions</source>
            <translation>Nhập viện</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Nhật ký kiểm tra</translation>
        </message>
        <message>
            <source>Diagnoses</source>
            <translation>Chẩn đoán</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Lượt khám</translation>
        </message>
        <message>
            <source>Evacuations</source>
            <translation>Tải thương</translation>
        </message>
        <message>
            <source>Hospitals</source>
            <translation>Bệnh viện</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation>Hoạt động cộng đồng</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Bệnh nhân</translation>
        </message>
        <message>
            <source>Rotations</source>
            <translation>Đợt luân phiên</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Nhân sự</translation>
        </message>
        <message>
            <source>Wards</source>
            <translation>Khoa</translation>
        </message>
        <message>
            <source>Beds</source>
            <translation>Giường</translation>
        </message>
        <message>
            <source>Import log</source>
            <translation>Nhật ký nhập</translation>
        </message>
        <message>
            <source>Select an import to see its rows per table.</source>
            <translation>Chọn một lần nhập để xem số dòng theo từng bảng.</translation>
        </message>
        <message>
            <source>Bundles imported</source>
            <translation>Các gói đã nhập</translation>
        </message>
        <message>
            <source>Rows per table of the selected import</source>
            <translation>Số dòng theo bảng của lần nhập đã chọn</translation>
        </message>
        <message>
            <source>Bundles refused in this session (nothing of them was kept)</source>
            <translation>Các gói bị từ chối trong phiên này (không lưu lại gì)</translation>
        </message>
        <message>
            <source>%1: %2 What to do: %3</source>
            <translation>%1: %2 Cần làm: %3</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Không có.</translation>
        </message>
        <message>
            <source>table</source>
            <translation>bảng</translation>
        </message>
        <message>
            <source>%1, bundle %2, signed by key %3</source>
            <translation>%1, gói %2, ký bằng khóa %3</translation>
        </message>
        <message>
            <source>new</source>
            <translation>mới</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>cập nhật</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>không đổi</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>bị từ chối</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>xung đột</translation>
        </message>
    </context>
    <context>
        <name>KindPage</name>
        <message>
            <source>What is this installation for?</source>
            <translation>Bản cài đặt này dùng cho ai?</translation>
        </message>
        <message>
            <source>A &amp;hospital (one Level-2 Field Hospital)</source>
            <translation>Một &amp;bệnh viện (một Bệnh viện dã chiến cấp 2)</translation>
        </message>
        <message>
            <source>Medics and commanders record patients, encounters, the ward and outreach, print handover reports and export bundles for HQ.</source>
            <translation>Nhân viên y tế và chỉ huy ghi nhận bệnh nhân, lượt khám, khu điều trị và hoạt động cộng đồng, in báo cáo bàn giao và xuất gói dữ liệu cho Bộ chỉ huy.</translation>
        </message>
        <message>
            <source>&amp;HQ (the ministry's peacekeeping department)</source>
            <translation>&amp;Bộ chỉ huy (cục gìn giữ hòa bình của bộ)</translation>
        </message>
        <message>
            <source>Analysts import the hospitals' signed bundles and report across hospitals, rotations and years. Nothing clinical is recorded at HQ.</source>
            <translation>Chuyên viên phân tích nhập các gói đã ký của bệnh viện và lập báo cáo theo bệnh viện, đợt luân phiên và năm. Không ghi nhận dữ liệu lâm sàng tại Bộ chỉ huy.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>&lt;h2&gt;L2FH Desk is locked&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;L2FH Desk đang bị khóa&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Signed in as %1. Type your password to continue.</source>
            <translation>Đang đăng nhập với tên %1. Nhập mật khẩu để tiếp tục.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Mở khóa</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Đăng xuất</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>L2FH Desk</source>
            <translation>L2FH Desk</translation>
        </message>
        <message>
            <source>L2FH Desk — demo data, not encrypted</source>
            <translation>L2FH Desk — dữ liệu mẫu, không mã hóa</translation>
        </message>
        <message>
            <source>L2FH Desk — not encrypted (l2fh-desk encrypt)</source>
            <translation>L2FH Desk — chưa mã hóa (l2fh-desk encrypt)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Đổi &amp;mật khẩu…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Khóa ngay</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Đăng &amp;xuất</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <source>&amp;About L2FH Desk</source>
            <translation>&amp;Giới thiệu L2FH Desk</translation>
        </message>
        <message>
            <source>Test error handling</source>
            <translation>Kiểm tra xử lý lỗi</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>Đang đăng nhập: %1 (%2)</translation>
        </message>
        <message>
            <source>HQ workspace: %1</source>
            <translation>Không gian làm việc Bộ chỉ huy: %1</translation>
        </message>
        <message>
            <source>Rotation %1</source>
            <translation>Luân phiên %1</translation>
        </message>
    </context>
    <context>
        <name>NewAccountDialog</name>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Tên đăng nhập</translation>
        </message>
        <message>
            <source>Full name and &amp;rank</source>
            <translation>Họ tên và cấp &amp;bậc</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>&amp;Vai trò</translation>
        </message>
        <message>
            <source>First &amp;password</source>
            <translation>&amp;Mật khẩu ban đầu</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Tài khoản mới</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Your role does not allow this.</source>
            <translation>Vai trò của bạn không được phép làm việc này.</translation>
        </message>
        <message>
            <source>Unexpected error: {name}: {text}. The details are in the log file.</source>
            <translation>Lỗi không mong muốn: {name}: {text}. Chi tiết có trong tệp nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>Could be read two ways: type it without the point, e.g. 1200</source>
            <translation>Có thể hiểu theo hai cách: hãy nhập không có dấu chấm, vd. 1200</translation>
        </message>
        <message>
            <source>Type a whole number</source>
            <translation>Nhập một số nguyên</translation>
        </message>
        <message>
            <source>Type a number, e.g. %1</source>
            <translation>Nhập một số, vd. %1</translation>
        </message>
    </context>
    <context>
        <name>OpenRotationDialog</name>
        <message>
            <source>Open the next rotation</source>
            <translation>Mở đợt luân phiên tiếp theo</translation>
        </message>
        <message>
            <source>Rotation number</source>
            <translation>Số đợt luân phiên</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>Chỉ huy trưởng</translation>
        </message>
        <message numerus="yes">
            <source>%n patient(s) on the ward will carry over to the new rotation.</source>
            <translation>
                <numerusform>%n bệnh nhân đang nằm điều trị sẽ được chuyển sang đợt luân phiên mới.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open rotation</source>
            <translation>Mở đợt luân phiên</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>Browse…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Lưu thành</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>No program on this computer opens this folder. The file is saved at %1</source>
            <translation>Máy tính này không có chương trình nào mở được thư mục này. Tệp đã được lưu tại %1</translation>
        </message>
        <message>
            <source>No program on this computer opens this file. It is saved at %1</source>
            <translation>Máy tính này không có chương trình nào mở được tệp này. Tệp đã được lưu tại %1</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Thay thế tệp?</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 đã tồn tại. Thay thế tệp này?</translation>
        </message>
        <message>
            <source>%1 is the database or one of its files; choose another file name.</source>
            <translation>%1 là cơ sở dữ liệu hoặc một trong các tệp của nó; hãy chọn tên tệp khác.</translation>
        </message>
    </context>
    <context>
        <name>OutreachDialog</name>
        <message>
            <source>Log an outreach activity</source>
            <translation>Ghi nhận hoạt động cộng đồng</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại hoạt động</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Village, school or camp</source>
            <translation>Làng, trường học hoặc trại</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>e.g. county health department, NGO</source>
            <translation>vd. phòng y tế hạt, tổ chức phi chính phủ</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Đối tác</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Họ tên, cách nhau bằng dấu phẩy</translation>
        </message>
        <message>
            <source>Staff taking part</source>
            <translation>Nhân sự tham gia</translation>
        </message>
        <message>
            <source>Number of staff</source>
            <translation>Số nhân sự</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>Số người được tiếp cận</translation>
        </message>
        <message>
            <source>of whom women and girls</source>
            <translation>trong đó phụ nữ và trẻ em gái</translation>
        </message>
        <message>
            <source>of whom men and boys</source>
            <translation>trong đó nam giới và trẻ em trai</translation>
        </message>
        <message>
            <source>of whom children (under 18)</source>
            <translation>trong đó trẻ em (dưới 18 tuổi)</translation>
        </message>
        <message>
            <source>e.g. %1 or 0.5</source>
            <translation>vd. %1 hoặc 0,5</translation>
        </message>
        <message>
            <source>e.g. masks, ha, books</source>
            <translation>vd. khẩu trang, ha, sách</translation>
        </message>
        <message>
            <source>Quantity and unit</source>
            <translation>Số lượng và đơn vị</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Mô tả</translation>
        </message>
        <message>
            <source>Notable (mention in the handover report)</source>
            <translation>Đáng chú ý (nêu trong báo cáo bàn giao)</translation>
        </message>
        <message>
            <source>An unsaved activity at %1, last changed %2, was kept. Restore it, or start typing to replace it.</source>
            <translation>Một hoạt động chưa lưu tại %1, sửa lần cuối lúc %2, đã được giữ lại. Hãy khôi phục, hoặc bắt đầu nhập để thay thế.</translation>
        </message>
        <message>
            <source>An unsaved activity, last changed %2, was kept. Restore it, or start typing to replace it.</source>
            <translation>Một hoạt động chưa lưu, sửa lần cuối lúc %2, đã được giữ lại. Hãy khôi phục, hoặc bắt đầu nhập để thay thế.</translation>
        </message>
        <message>
            <source>Open a rotation before logging activities</source>
            <translation>Hãy mở một đợt luân phiên trước khi ghi nhận hoạt động</translation>
        </message>
    </context>
    <context>
        <name>OutreachModel</name>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại hoạt động</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Đối tác</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>Số người được tiếp cận</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Trẻ em</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <source>Notable</source>
            <translation>Đáng chú ý</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Số hoạt động</translation>
        </message>
        <message>
            <source>Made or given</source>
            <translation>Đã làm hoặc trao tặng</translation>
        </message>
    </context>
    <context>
        <name>OutreachPage</name>
        <message>
            <source>Outreach</source>
            <translation>Hoạt động cộng đồng</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại hoạt động</translation>
        </message>
        <message>
            <source>Filter by place, partner…</source>
            <translation>Lọc theo địa điểm, đối tác…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tất cả các loại</translation>
        </message>
        <message>
            <source>Totals by kind for the period</source>
            <translation>Tổng theo loại trong khoảng thời gian</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>&amp;Ghi nhận hoạt động…</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Hủy…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Lịch sử…</translation>
        </message>
        <message>
            <source>Activities: %1 · people reached: %2</source>
            <translation>Hoạt động: %1 · người được tiếp cận: %2</translation>
        </message>
    </context>
    <context>
        <name>OverviewModel</name>
        <message numerus="yes">
            <source>%Ln day(s) old</source>
            <translation>
                <numerusform>%Ln ngày trước</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <source>New password</source>
            <translation>Mật khẩu mới</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Nhập lại</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <source>An unsaved registration of %1, last changed %2, was kept. Restore it, or start typing to replace it.</source>
            <translation>Một phiếu đăng ký chưa lưu của %1, sửa lần cuối lúc %2, đã được giữ lại. Hãy khôi phục, hoặc bắt đầu nhập để thay thế.</translation>
        </message>
        <message>
            <source>An unsaved registration, last changed %2, was kept. Restore it, or start typing to replace it.</source>
            <translation>Một phiếu đăng ký chưa lưu, sửa lần cuối lúc %2, đã được giữ lại. Hãy khôi phục, hoặc bắt đầu nhập để thay thế.</translation>
        </message>
        <message>
            <source>age %1</source>
            <translation>%1 tuổi</translation>
        </message>
        <message>
            <source>last visit %1</source>
            <translation>lần khám cuối %1</translation>
        </message>
        <message>
            <source>no visit yet</source>
            <translation>chưa có lần khám</translation>
        </message>
        <message>
            <source>same UN index number</source>
            <translation>cùng số hiệu LHQ</translation>
        </message>
        <message>
            <source>same name and sex, similar age</source>
            <translation>cùng họ tên và giới tính, tuổi gần bằng</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… và %1 người khác</translation>
        </message>
        <message>
            <source>This patient may already be registered:</source>
            <translation>Bệnh nhân này có thể đã được đăng ký:</translation>
        </message>
        <message>
            <source>Edit patient</source>
            <translation>Sửa thông tin bệnh nhân</translation>
        </message>
        <message>
            <source>Register patient</source>
            <translation>Đăng ký bệnh nhân</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Họ tên</translation>
        </message>
        <message>
            <source>&amp;Sex</source>
            <translation>&amp;Giới tính</translation>
        </message>
        <message>
            <source>&amp;Date of birth</source>
            <translation>&amp;Ngày sinh</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Đối tượng</translation>
        </message>
        <message>
            <source>UN &amp;index number</source>
            <translation>&amp;Số hiệu LHQ</translation>
        </message>
        <message>
            <source>Na&amp;tionality</source>
            <translation>Quốc &amp;tịch</translation>
        </message>
        <message>
            <source>&amp;Unit or contingent</source>
            <translation>Đơn &amp;vị hoặc lực lượng</translation>
        </message>
        <message>
            <source>&amp;Home or location</source>
            <translation>Nơi &amp;ở hoặc địa điểm</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Điện t&amp;hoại</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>Ghi &amp;chú</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>nnnn-tt-nn</translation>
        </message>
        <message>
            <source>or estimated &amp;age (years)</source>
            <translation>hoặc tuổi ước tính, năm (&amp;A)</translation>
        </message>
        <message>
            <source>e.g. 30</source>
            <translation>vd. 30</translation>
        </message>
        <message>
            <source>Op&amp;en the registered patient</source>
            <translation>&amp;Mở hồ sơ bệnh nhân đã đăng ký</translation>
        </message>
        <message>
            <source>&amp;Register as a new patient</source>
            <translation>Đăng &amp;ký bệnh nhân mới</translation>
        </message>
        <message>
            <source>required for UN personnel when known</source>
            <translation>bắt buộc với nhân viên LHQ nếu biết</translation>
        </message>
        <message>
            <source>Type the date of birth, or an estimated age (Alt+A)</source>
            <translation>Nhập ngày sinh, hoặc tuổi ước tính (Alt+A)</translation>
        </message>
        <message>
            <source>Type a date of birth or an estimated age, not both</source>
            <translation>Nhập ngày sinh hoặc tuổi ước tính, không nhập cả hai</translation>
        </message>
        <message>
            <source>Not a date: type it as yyyy-mm-dd (or dd/mm/yyyy)</source>
            <translation>Không phải ngày: nhập dạng nnnn-tt-nn (hoặc nn/tt/nnnn)</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future</source>
            <translation>Ngày sinh không thể ở tương lai</translation>
        </message>
        <message>
            <source>This date gives an age over %1 years</source>
            <translation>Ngày này cho tuổi trên %1</translation>
        </message>
        <message>
            <source>Type the estimated age in whole years, 0 to %1</source>
            <translation>Nhập tuổi ước tính bằng số năm nguyên, từ 0 đến %1</translation>
        </message>
        <message>
            <source>Choose female or male</source>
            <translation>Chọn nữ hoặc nam</translation>
        </message>
    </context>
    <context>
        <name>PatientListModel</name>
        <message>
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Tuổi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <source>UN index no. or home</source>
            <translation>Số hiệu LHQ hoặc nơi ở</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Lần khám cuối</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
    </context>
    <context>
        <name>PatientPicker</name>
        <message>
            <source>Patient name or UN index number (Ctrl+F)</source>
            <translation>Tên bệnh nhân hoặc số hiệu LHQ (Ctrl+F)</translation>
        </message>
        <message>
            <source>last visit %1</source>
            <translation>lần khám cuối %1</translation>
        </message>
        <message>
            <source>no visit yet</source>
            <translation>chưa có lần khám</translation>
        </message>
        <message>
            <source>No patient chosen yet.</source>
            <translation>Chưa chọn bệnh nhân.</translation>
        </message>
    </context>
    <context>
        <name>PatientTimeline</name>
        <message>
            <source>, estimated</source>
            <translation>, ước tính</translation>
        </message>
        <message>
            <source>No encounters yet.</source>
            <translation>Chưa có lượt khám nào.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Diễn biến</translation>
        </message>
        <message>
            <source>UN index number</source>
            <translation>Số hiệu LHQ</translation>
        </message>
        <message>
            <source>Void record…</source>
            <translation>Hủy bản ghi…</translation>
        </message>
        <message>
            <source>Record history…</source>
            <translation>Lịch sử bản ghi…</translation>
        </message>
        <message>
            <source>Open a patient (Enter or double-click) to see the record.</source>
            <translation>Mở một bệnh nhân (Enter hoặc nhấp đúp) để xem hồ sơ.</translation>
        </message>
        <message>
            <source>years</source>
            <translation>tuổi</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Nơi ở</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>PatientsPage</name>
        <message>
            <source>Patients</source>
            <translation>Bệnh nhân</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Tìm:</translation>
        </message>
        <message>
            <source>Name or UN index number (Ctrl+F)</source>
            <translation>Họ tên hoặc số hiệu LHQ (Ctrl+F)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Mọi đối tượng</translation>
        </message>
        <message>
            <source>&amp;Register patient…</source>
            <translation>Đăng &amp;ký bệnh nhân…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <source>New en&amp;counter</source>
            <translation>Lượt &amp;khám mới</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Hủy…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Lịch sử…</translation>
        </message>
        <message>
            <source>Patients shown: %1</source>
            <translation>Bệnh nhân đang hiển thị: %1</translation>
        </message>
    </context>
    <context>
        <name>PendingEvacuationsModel</name>
        <message>
            <source>Patient</source>
            <translation>Bệnh nhân</translation>
        </message>
        <message>
            <source>Bed</source>
            <translation>Giường</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Nơi chuyển đến</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Thời gian chờ</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 giờ %2 phút</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>C&amp;ắt</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Xem chi tiết…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ẩn chi tiết…</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Lưu tất cả</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Có với &amp;tất cả</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>K&amp;hông với tất cả</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hủy bỏ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Không lưu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Khôi phục mặc định</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>C&amp;ắt</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Hoàn tất</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Trợ giúp</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Tiếp tục</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Xong</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>The recovery key</source>
            <translation>Khóa khôi phục</translation>
        </message>
        <message>
            <source>The database is encrypted. This key is shown only now.</source>
            <translation>Cơ sở dữ liệu đã được mã hóa. Khóa này chỉ hiện một lần này.</translation>
        </message>
        <message>
            <source>Write this key down or print it, and keep it in the safe. When every password is forgotten it opens the database (l2fh-desk recover). Anyone who holds it can read every record.</source>
            <translation>Hãy chép lại hoặc in khóa này và cất trong két. Khi mọi mật khẩu đều bị quên, khóa này mở được cơ sở dữ liệu (l2fh-desk recover). Ai giữ khóa này đều đọc được mọi hồ sơ.</translation>
        </message>
        <message>
            <source>I have written it down</source>
            <translation>Tôi đã chép lại khóa</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Rotation handover report (PDF)</source>
            <translation>Báo cáo bàn giao đợt luân phiên (PDF)</translation>
        </message>
        <message>
            <source>WHO EMT minimum data set (MDS) report</source>
            <translation>Báo cáo bộ dữ liệu tối thiểu EMT của WHO (MDS)</translation>
        </message>
        <message>
            <source>Rotation</source>
            <translation>Đợt luân phiên</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Bệnh viện</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Lưu vào</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Khoảng thời gian</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Định dạng</translation>
        </message>
        <message>
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <source>Write the &amp;handover report</source>
            <translation>Lập báo cáo &amp;bàn giao</translation>
        </message>
        <message>
            <source>Write the &amp;MDS report</source>
            <translation>Lập báo cáo &amp;MDS</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Mở tệp</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message>
            <source>This HQ database holds %1 hospitals: the MDS report counts the encounters of all of them together, not of one hospital.</source>
            <translation>Cơ sở dữ liệu của Trụ sở này chứa dữ liệu của %1 bệnh viện: báo cáo MDS tính gộp lượt khám của tất cả các bệnh viện, không tính riêng một bệnh viện nào.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Đã hủy: chưa ghi tệp nào.</translation>
        </message>
        <message>
            <source>Choose where to save the report.</source>
            <translation>Hãy chọn nơi lưu báo cáo.</translation>
        </message>
        <message>
            <source>%1 already exists and was kept.</source>
            <translation>%1 đã tồn tại và được giữ nguyên.</translation>
        </message>
        <message>
            <source>Writing the handover report…</source>
            <translation>Đang lập báo cáo bàn giao…</translation>
        </message>
        <message>
            <source>Writing the MDS report…</source>
            <translation>Đang lập báo cáo MDS…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Đã lưu: %1</translation>
        </message>
        <message>
            <source>Not written: %1</source>
            <translation>Chưa lập được: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review</source>
            <translation>Rà soát</translation>
        </message>
        <message>
            <source>&amp;Link: the same person</source>
            <translation>&amp;Liên kết: cùng một người</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Bỏ liên kết</translation>
        </message>
        <message>
            <source>Likely duplicate persons: %1 to check, %2 linked</source>
            <translation>Người có thể trùng lặp: %1 cần kiểm tra, %2 đã liên kết</translation>
        </message>
        <message>
            <source>Merge conflicts and refused rows: %1 (old and new value, source bundle)</source>
            <translation>Xung đột khi gộp và dòng bị từ chối: %1 (giá trị cũ và mới, gói nguồn)</translation>
        </message>
        <message>
            <source>Linked: HQ figures now count %1 and %2 as one person.</source>
            <translation>Đã liên kết: số liệu Bộ chỉ huy nay tính %1 và %2 là một người.</translation>
        </message>
        <message>
            <source>Unlinked: %1 and %2 are counted as two people again.</source>
            <translation>Đã bỏ liên kết: %1 và %2 lại được tính là hai người.</translation>
        </message>
    </context>
    <context>
        <name>RotationPage</name>
        <message>
            <source>The current rotation</source>
            <translation>Đợt luân phiên hiện tại</translation>
        </message>
        <message>
            <source>Records belong to the rotation during which they were made.</source>
            <translation>Mỗi hồ sơ thuộc về đợt luân phiên lúc hồ sơ được tạo.</translation>
        </message>
        <message>
            <source>Rotation &amp;number</source>
            <translation>&amp;Số đợt luân phiên</translation>
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation>&amp;Bắt đầu ngày</translation>
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation>&amp;Kết thúc ngày</translation>
        </message>
        <message>
            <source>&amp;Commander</source>
            <translation>&amp;Chỉ huy</translation>
        </message>
    </context>
    <context>
        <name>RotationPicker</name>
        <message>
            <source>Rotation %1</source>
            <translation>Đợt luân phiên %1</translation>
        </message>
    </context>
    <context>
        <name>RotationsModel</name>
        <message>
            <source>Rotation</source>
            <translation>Đợt luân phiên</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>Chỉ huy trưởng</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Nhân sự</translation>
        </message>
        <message>
            <source>Rotation %1</source>
            <translation>Đợt luân phiên %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Cấp bậc</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Specialty</source>
            <translation>Chuyên môn</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
    </context>
    <context>
        <name>RotationsPage</name>
        <message>
            <source>Rotations and staff</source>
            <translation>Luân phiên và nhân sự</translation>
        </message>
        <message>
            <source>Open the &amp;next rotation…</source>
            <translation>Mở đợt luân phiên &amp;tiếp theo…</translation>
        </message>
        <message>
            <source>&amp;Add staff…</source>
            <translation>&amp;Thêm nhân sự…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Hủy…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Lịch sử…</translation>
        </message>
        <message>
            <source>Staff roster</source>
            <translation>Danh sách nhân sự</translation>
        </message>
        <message>
            <source>Staff roster of rotation %1</source>
            <translation>Danh sách nhân sự đợt luân phiên %1</translation>
        </message>
        <message>
            <source>meets the UN target</source>
            <translation>đạt chỉ tiêu của Liên Hợp Quốc</translation>
        </message>
        <message>
            <source>below the UN target</source>
            <translation>dưới chỉ tiêu của Liên Hợp Quốc</translation>
        </message>
        <message>
            <source>Women: %1 of %2 staff (%3) — UN target %4: %5</source>
            <translation>Nữ: %1 trên %2 nhân sự (%3) — chỉ tiêu LHQ %4: %5</translation>
        </message>
        <message numerus="yes">
            <source>Rotation %1 is open; %n open admission(s) carried over.</source>
            <translation>
                <numerusform>Đợt luân phiên %1 đã mở; %n ca đang nằm điều trị được chuyển sang.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>This hospital's settings</source>
            <translation>Cài đặt của bệnh viện</translation>
        </message>
        <message>
            <source>Lock after idle (minutes)</source>
            <translation>Khóa khi không dùng (phút)</translation>
        </message>
        <message>
            <source>UN target for women on the roster</source>
            <translation>Chỉ tiêu LHQ về tỷ lệ nữ trong quân số</translation>
        </message>
        <message>
            <source>HQ public key</source>
            <translation>Khóa công khai của Sở chỉ huy</translation>
        </message>
        <message>
            <source>Days with one backup a day kept</source>
            <translation>Số ngày giữ một bản sao lưu mỗi ngày</translation>
        </message>
        <message>
            <source>MDS additional items 19-22</source>
            <translation>Mục bổ sung MDS 19-22</translation>
        </message>
        <message>
            <source>From file…</source>
            <translation>Từ tệp…</translation>
        </message>
        <message>
            <source>none: exports are signed but not encrypted</source>
            <translation>không có: tệp xuất được ký nhưng không mã hóa</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>ICD-10 prefixes</source>
            <translation>Tiền tố ICD-10</translation>
        </message>
        <message>
            <source>Only a commander can change these settings.</source>
            <translation>Chỉ chỉ huy mới thay đổi được các cài đặt này.</translation>
        </message>
        <message>
            <source>Cannot read the file: %1</source>
            <translation>Không đọc được tệp: %1</translation>
        </message>
        <message>
            <source>Key files (*.pub *.txt *.key);;All files (*)</source>
            <translation>Tệp khóa (*.pub *.txt *.key);;Mọi tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to L2FH Desk</source>
            <translation>Đăng nhập L2FH Desk</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Tên đăng nhập</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Mật khẩu</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Demo database. Accounts:</source>
            <translation>Cơ sở dữ liệu mẫu. Các tài khoản:</translation>
        </message>
        <message numerus="yes">
            <source>This account is locked after too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Tài khoản bị khóa do nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau %n phút.</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is disabled. Ask the contingent commander.</source>
            <translation>Tài khoản này đã bị vô hiệu hóa. Hãy hỏi chỉ huy lực lượng.</translation>
        </message>
        <message>
            <source>This account has no key on this encrypted database yet (or the username is mistyped). A commander must reset its password on the Accounts page.</source>
            <translation>Tài khoản này chưa có khóa trên cơ sở dữ liệu đã mã hóa này (hoặc tên đăng nhập bị gõ sai). Chỉ huy phải đặt lại mật khẩu của tài khoản trên trang Tài khoản.</translation>
        </message>
        <message numerus="yes">
            <source>Wrong username or password. %n attempt(s) left before the account is locked.</source>
            <translation>
                <numerusform>Sai tên đăng nhập hoặc mật khẩu. Còn %n lần thử trước khi tài khoản bị khóa.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong username or password.</source>
            <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
        </message>
        <message>
            <source>This encrypted database cannot be opened: %1</source>
            <translation>Không mở được cơ sở dữ liệu đã mã hóa này: %1</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Edit staff member</source>
            <translation>Sửa thông tin nhân sự</translation>
        </message>
        <message>
            <source>Add staff member</source>
            <translation>Thêm nhân sự</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <source>e.g. Captain</source>
            <translation>vd. Đại úy</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Cấp bậc</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— chọn —</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>e.g. anaesthetist, nurse</source>
            <translation>vd. bác sĩ gây mê, điều dưỡng</translation>
        </message>
        <message>
            <source>Specialty</source>
            <translation>Chuyên môn</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <source>Choose female or male (the roster reports women's share)</source>
            <translation>Hãy chọn nữ hoặc nam (danh sách báo cáo tỷ lệ nữ)</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The database %1 failed its start-up check:
%2

Restore the newest good backup, made %3? The damaged file is kept aside, not deleted.</source>
            <translation>Cơ sở dữ liệu %1 không vượt qua bước kiểm tra khi khởi động:
%2

Khôi phục bản sao lưu tốt gần nhất, tạo lúc %3? Tệp bị hỏng được giữ lại riêng, không bị xóa.</translation>
        </message>
        <message>
            <source>L2FH Desk — damaged database</source>
            <translation>L2FH Desk — cơ sở dữ liệu bị hỏng</translation>
        </message>
        <message>
            <source>The database %1 is missing, but backups of it are in %2.

Restore the newest good backup, made %3? Choose No to quit without creating a new hospital.</source>
            <translation>Không tìm thấy cơ sở dữ liệu %1, nhưng có các bản sao lưu của nó trong %2.

Khôi phục bản sao lưu tốt gần nhất, tạo lúc %3? Chọn Không để thoát mà không tạo bệnh viện mới.</translation>
        </message>
        <message>
            <source>L2FH Desk — missing database</source>
            <translation>L2FH Desk — thiếu cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Only a commander may restore a backup (%1 is signed in as: %2). Nothing was changed.</source>
            <translation>Chỉ chỉ huy mới được khôi phục bản sao lưu (%1 đang đăng nhập với vai trò: %2). Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The database %1 failed its start-up check:
%2

No good backup was found. Copy the file for the support team and do not write to it.</source>
            <translation>Cơ sở dữ liệu %1 không vượt qua bước kiểm tra khi khởi động:
%2

Không tìm thấy bản sao lưu tốt nào. Hãy sao chép tệp này cho bộ phận hỗ trợ kỹ thuật và không ghi thêm vào tệp.</translation>
        </message>
        <message>
            <source>L2FH Desk</source>
            <translation>L2FH Desk</translation>
        </message>
        <message>
            <source>The backup was restored. The damaged file was kept as %1.</source>
            <translation>Đã khôi phục bản sao lưu. Tệp bị hỏng được giữ lại với tên %1.</translation>
        </message>
        <message>
            <source>The passwords in force when this backup was made come back with it: a password set since no longer opens the file.</source>
            <translation>Các mật khẩu có hiệu lực lúc tạo bản sao lưu này được khôi phục cùng nó: mật khẩu đặt sau đó không còn mở được tệp.</translation>
        </message>
        <message>
            <source>The backup made when L2FH Desk last closed failed</source>
            <translation>Bản sao lưu tạo khi L2FH Desk đóng lần trước đã thất bại</translation>
        </message>
        <message>
            <source>Today's backup failed</source>
            <translation>Bản sao lưu hôm nay đã thất bại</translation>
        </message>
        <message>
            <source>%1: %2

Your records are saved in the database, but there is no recent backup of it. Free some space on the disk or check the folder %3; the next backup is made when L2FH Desk closes.</source>
            <translation>%1: %2

Hồ sơ của bạn đã được lưu trong cơ sở dữ liệu, nhưng không có bản sao lưu gần đây. Hãy giải phóng dung lượng trên đĩa hoặc kiểm tra thư mục %3; bản sao lưu tiếp theo được tạo khi L2FH Desk đóng.</translation>
        </message>
        <message>
            <source>L2FH Desk — backup failed</source>
            <translation>L2FH Desk — sao lưu thất bại</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Ministry summary</source>
            <translation>Báo cáo tổng hợp gửi Bộ</translation>
        </message>
        <message>
            <source>Figures per hospital and rotation (patients as distinct persons, linked duplicates counted once), comparison charts and a trend across years.</source>
            <translation>Số liệu theo bệnh viện và đợt luân phiên (bệnh nhân tính theo người, hồ sơ trùng đã liên kết tính một lần), biểu đồ so sánh và xu hướng qua các năm.</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Toàn bộ thời gian</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>From – to</source>
            <translation>Từ – đến</translation>
        </message>
        <message>
            <source>All rotations, or from – to:</source>
            <translation>Mọi đợt luân phiên, hoặc từ – đến:</translation>
        </message>
        <message>
            <source>CSV for spreadsheets (Excel)</source>
            <translation>CSV cho bảng tính (Excel)</translation>
        </message>
        <message>
            <source>&amp;Write the summary</source>
            <translation>&amp;Lập báo cáo tổng hợp</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Giai đoạn</translation>
        </message>
        <message>
            <source>Hospitals (none ticked: all)</source>
            <translation>Bệnh viện (không chọn: tất cả)</translation>
        </message>
        <message>
            <source>Rotations</source>
            <translation>Đợt luân phiên</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Lưu vào</translation>
        </message>
        <message>
            <source>Choose where to save the summary.</source>
            <translation>Hãy chọn nơi lưu báo cáo tổng hợp.</translation>
        </message>
        <message>
            <source>Writing the ministry summary…</source>
            <translation>Đang lập báo cáo tổng hợp gửi Bộ…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Đã lưu: %1</translation>
        </message>
        <message>
            <source>Not written: %1</source>
            <translation>Chưa ghi: %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Encounter</source>
            <translation>Lượt khám</translation>
        </message>
        <message>
            <source>Admission</source>
            <translation>Nhập viện</translation>
        </message>
        <message>
            <source>Evacuation</source>
            <translation>Sơ tán</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <source>Triage / priority</source>
            <translation>Phân loại / ưu tiên</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Chẩn đoán</translation>
        </message>
        <message>
            <source>Disposition / outcome</source>
            <translation>Hướng xử trí / kết quả</translation>
        </message>
        <message>
            <source>no diagnosis</source>
            <translation>chưa có chẩn đoán</translation>
        </message>
        <message>
            <source>bed</source>
            <translation>giường</translation>
        </message>
        <message>
            <source>still admitted</source>
            <translation>vẫn đang nằm viện</translation>
        </message>
        <message>
            <source>discharged %1</source>
            <translation>ra viện %1</translation>
        </message>
    </context>
    <context>
        <name>TopDiagnosesModel</name>
        <message>
            <source>ICD-10</source>
            <translation>ICD-10</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Chẩn đoán</translation>
        </message>
        <message>
            <source>Encounters</source>
            <translation>Lượt khám</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Move to another bed</source>
            <translation>Chuyển sang giường khác</translation>
        </message>
        <message>
            <source>Ward</source>
            <translation>Buồng bệnh</translation>
        </message>
        <message>
            <source>e.g. B7</source>
            <translation>vd. B7</translation>
        </message>
        <message>
            <source>New bed</source>
            <translation>Giường mới</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Chuyển</translation>
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <source>Trusted keys</source>
            <translation>Khóa tin cậy</translation>
        </message>
        <message>
            <source>&amp;Export HQ's public key…</source>
            <translation>&amp;Xuất khóa công khai của Bộ chỉ huy…</translation>
        </message>
        <message>
            <source>&amp;Revoke the selected key…</source>
            <translation>&amp;Thu hồi khóa đã chọn…</translation>
        </message>
        <message>
            <source>&amp;Accept a hospital's key rotation…</source>
            <translation>&amp;Chấp nhận việc đổi khóa của bệnh viện…</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Bệnh viện</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Dấu vân tay</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Tin cậy từ</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Bởi</translation>
        </message>
        <message>
            <source>HQ's public key fingerprint (hospitals check it by phone):
%1</source>
            <translation>Dấu vân tay khóa công khai của Bộ chỉ huy (bệnh viện kiểm tra qua điện thoại):
%1</translation>
        </message>
        <message>
            <source>HQ has no key pair.</source>
            <translation>Bộ chỉ huy chưa có cặp khóa.</translation>
        </message>
        <message>
            <source>Export HQ's public key</source>
            <translation>Xuất khóa công khai của Bộ chỉ huy</translation>
        </message>
        <message>
            <source>HQ public key (*.pub)</source>
            <translation>Khóa công khai Bộ chỉ huy (*.pub)</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Đã xuất ra %1.</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Chưa xuất: %1</translation>
        </message>
        <message>
            <source>Revoke a key</source>
            <translation>Thu hồi khóa</translation>
        </message>
        <message>
            <source>Why (recorded):</source>
            <translation>Lý do (được ghi lại):</translation>
        </message>
        <message>
            <source>Not revoked: %1</source>
            <translation>Chưa thu hồi: %1</translation>
        </message>
        <message>
            <source>Key of %1 revoked: its bundles are refused from now on.</source>
            <translation>Đã thu hồi khóa của %1: từ nay các gói của khóa này bị từ chối.</translation>
        </message>
        <message>
            <source>Accept a hospital's key rotation</source>
            <translation>Chấp nhận việc đổi khóa của bệnh viện</translation>
        </message>
        <message>
            <source>Key rotation statement (*.txt);;All files (*)</source>
            <translation>Bản xác nhận đổi khóa (*.txt);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Rotation not accepted: %1</source>
            <translation>Chưa chấp nhận việc đổi khóa: %1</translation>
        </message>
        <message>
            <source>%1 now signs with the key %2; its old key is revoked.</source>
            <translation>%1 từ nay ký bằng khóa %2; khóa cũ đã bị thu hồi.</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message numerus="yes">
            <source>%Ln masks</source>
            <translation>
                <numerusform>%Ln khẩu trang</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln lessons</source>
            <translation>
                <numerusform>%Ln buổi học</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sessions</source>
            <translation>
                <numerusform>%Ln buổi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln consultations</source>
            <translation>
                <numerusform>%Ln lượt khám</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VitalsEditor</name>
        <message>
            <source>Temperature (°C)</source>
            <translation>Nhiệt độ (°C)</translation>
        </message>
        <message>
            <source>Pulse (/min)</source>
            <translation>Mạch (/phút)</translation>
        </message>
        <message>
            <source>Respiratory rate (/min)</source>
            <translation>Nhịp thở (/phút)</translation>
        </message>
        <message>
            <source>Systolic BP (mmHg)</source>
            <translation>HA tâm thu (mmHg)</translation>
        </message>
        <message>
            <source>Diastolic BP (mmHg)</source>
            <translation>HA tâm trương (mmHg)</translation>
        </message>
        <message>
            <source>SpO₂ (%)</source>
            <translation>SpO₂ (%)</translation>
        </message>
        <message>
            <source>GCS (3-15)</source>
            <translation>Glasgow (3-15)</translation>
        </message>
        <message>
            <source>Weight (kg)</source>
            <translation>Cân nặng (kg)</translation>
        </message>
        <message>
            <source>Pain (0-10)</source>
            <translation>Mức đau (0-10)</translation>
        </message>
        <message>
            <source>Must be between %1 and %2</source>
            <translation>Phải nằm trong khoảng %1 đến %2</translation>
        </message>
        <message>
            <source>Must be lower than systolic</source>
            <translation>Phải thấp hơn huyết áp tâm thu</translation>
        </message>
        <message>
            <source>Low for age (normal %1-%2)</source>
            <translation>Thấp so với tuổi (bình thường %1-%2)</translation>
        </message>
        <message>
            <source>Low (normal %1-%2)</source>
            <translation>Thấp (bình thường %1-%2)</translation>
        </message>
        <message>
            <source>High for age (normal %1-%2)</source>
            <translation>Cao so với tuổi (bình thường %1-%2)</translation>
        </message>
        <message>
            <source>High (normal %1-%2)</source>
            <translation>Cao (bình thường %1-%2)</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void record</source>
            <translation>Hủy bản ghi</translation>
        </message>
        <message>
            <source>Void %1? It stays in the records and the audit trail, marked void.</source>
            <translation>Hủy %1? Bản ghi vẫn được giữ trong hồ sơ và nhật ký kiểm tra, có đánh dấu đã hủy.</translation>
        </message>
        <message>
            <source>Why is this record void? (e.g. entered for the wrong patient)</source>
            <translation>Vì sao hủy bản ghi này? (vd. nhập nhầm bệnh nhân)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>A reason is required to void a record</source>
            <translation>Cần nêu lý do để hủy bản ghi</translation>
        </message>
    </context>
    <context>
        <name>WardPage</name>
        <message>
            <source>Ward</source>
            <translation>Buồng bệnh</translation>
        </message>
        <message>
            <source>&amp;Discharge…</source>
            <translation>&amp;Ra viện…</translation>
        </message>
        <message>
            <source>&amp;Move bed…</source>
            <translation>&amp;Chuyển giường…</translation>
        </message>
        <message>
            <source>&amp;Evacuate…</source>
            <translation>&amp;Sơ tán y tế…</translation>
        </message>
        <message>
            <source>Void admission…</source>
            <translation>Hủy lượt nhập viện…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Lịch sử…</translation>
        </message>
        <message>
            <source>&amp;Wards and beds…</source>
            <translation>&amp;Khoa và giường…</translation>
        </message>
        <message>
            <source>No patients on the ward.</source>
            <translation>Không có bệnh nhân nằm điều trị.</translation>
        </message>
        <message>
            <source>A&amp;pprove</source>
            <translation>&amp;Duyệt</translation>
        </message>
        <message>
            <source>Record de&amp;parture</source>
            <translation>Ghi nhận &amp;khởi hành</translation>
        </message>
        <message>
            <source>Cancel evacuation</source>
            <translation>Hủy tải thương</translation>
        </message>
        <message>
            <source>Beds occupied: %1 of %2 · admitted today: %3 · discharged today: %4</source>
            <translation>Giường có bệnh nhân: %1/%2 · nhập viện hôm nay: %3 · ra viện hôm nay: %4</translation>
        </message>
        <message>
            <source>&lt;b&gt;Pending evacuations: %1&lt;/b&gt; (the patient keeps the bed until departure)</source>
            <translation>&lt;b&gt;Tải thương đang chờ: %1&lt;/b&gt; (bệnh nhân giữ giường đến khi khởi hành)</translation>
        </message>
        <message>
            <source>%1 has departed for %2? The bed %3 is freed.</source>
            <translation>%1 đã khởi hành đến %2? Giường %3 sẽ được giải phóng.</translation>
        </message>
        <message>
            <source>Cancel the evacuation of %1 to %2? The patient stays in bed %3.</source>
            <translation>Hủy tải thương %1 đến %2? Bệnh nhân ở lại giường %3.</translation>
        </message>
        <message>
            <source>Evacuation</source>
            <translation>Tải thương</translation>
        </message>
        <message>
            <source>the admission of %1 (bed %2)</source>
            <translation>lượt nhập viện của %1 (giường %2)</translation>
        </message>
        <message>
            <source>admission of %1</source>
            <translation>lượt nhập viện của %1</translation>
        </message>
    </context>
    <context>
        <name>WardSetupDialog</name>
        <message>
            <source>Wards and beds</source>
            <translation>Khoa và giường bệnh</translation>
        </message>
        <message>
            <source>Set up now</source>
            <translation>Hiện có</translation>
        </message>
        <message>
            <source>e.g. General, Isolation, Surgical</source>
            <translation>ví dụ: Tổng hợp, Cách ly, Ngoại</translation>
        </message>
        <message>
            <source>&amp;Ward</source>
            <translation>&amp;Khoa</translation>
        </message>
        <message>
            <source>e.g. ISO-1, ISO-2 (separated by commas)</source>
            <translation>ví dụ: CL-1, CL-2 (cách nhau bằng dấu phẩy)</translation>
        </message>
        <message>
            <source>Bed &amp;labels</source>
            <translation>&amp;Tên giường</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>or a &amp;number of beds</source>
            <translation>hoặc &amp;số giường</translation>
        </message>
        <message>
            <source>Beds are added to the ward of that name if it exists; labels it already has are refused.</source>
            <translation>Giường được thêm vào khoa cùng tên nếu khoa đã có; tên giường đã có trong khoa sẽ bị từ chối.</translation>
        </message>
        <message>
            <source>No wards set up yet: beds are typed freely.</source>
            <translation>Chưa thiết lập khoa nào: giường được nhập tự do.</translation>
        </message>
        <message>
            <source>%1: %2 beds (%3)</source>
            <translation>%1: %2 giường (%3)</translation>
        </message>
        <message numerus="yes">
            <source>, %n in use</source>
            <translation>
                <numerusform>, %n đang có bệnh nhân</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mds</name>
        <message>
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <source>Female, not pregnant</source>
            <translation>Nữ, không mang thai</translation>
        </message>
        <message>
            <source>Female, pregnant</source>
            <translation>Nữ, đang mang thai</translation>
        </message>
        <message>
            <source>Major head/spine injury</source>
            <translation>Chấn thương nặng đầu/cột sống</translation>
        </message>
        <message>
            <source>Major torso injury</source>
            <translation>Chấn thương nặng thân mình</translation>
        </message>
        <message>
            <source>Major extremity injury</source>
            <translation>Chấn thương nặng chi</translation>
        </message>
        <message>
            <source>Moderate injury</source>
            <translation>Chấn thương vừa</translation>
        </message>
        <message>
            <source>Minor injury</source>
            <translation>Chấn thương nhẹ</translation>
        </message>
        <message>
            <source>Acute respiratory infection</source>
            <translation>Nhiễm khuẩn hô hấp cấp tính</translation>
        </message>
        <message>
            <source>Acute watery diarrhoea</source>
            <translation>Tiêu chảy cấp phân nước</translation>
        </message>
        <message>
            <source>Acute bloody diarrhoea</source>
            <translation>Tiêu chảy cấp phân có máu</translation>
        </message>
        <message>
            <source>Acute jaundice syndrome</source>
            <translation>Hội chứng vàng da cấp</translation>
        </message>
        <message>
            <source>Suspected measles</source>
            <translation>Nghi sởi</translation>
        </message>
        <message>
            <source>Suspected meningitis</source>
            <translation>Nghi viêm màng não</translation>
        </message>
        <message>
            <source>Suspected tetanus</source>
            <translation>Nghi uốn ván</translation>
        </message>
        <message>
            <source>Acute flaccid paralysis</source>
            <translation>Liệt mềm cấp</translation>
        </message>
        <message>
            <source>Acute haemorrhagic fever</source>
            <translation>Sốt xuất huyết cấp</translation>
        </message>
        <message>
            <source>Fever of unknown origin</source>
            <translation>Sốt không rõ nguyên nhân</translation>
        </message>
        <message>
            <source>Additional item 1</source>
            <translation>Mục bổ sung 1</translation>
        </message>
        <message>
            <source>Additional item 2</source>
            <translation>Mục bổ sung 2</translation>
        </message>
        <message>
            <source>Additional item 3</source>
            <translation>Mục bổ sung 3</translation>
        </message>
        <message>
            <source>Additional item 4</source>
            <translation>Mục bổ sung 4</translation>
        </message>
        <message>
            <source>Surgical emergency (non-trauma)</source>
            <translation>Cấp cứu ngoại khoa (không do chấn thương)</translation>
        </message>
        <message>
            <source>Medical emergency (non-infectious)</source>
            <translation>Cấp cứu nội khoa (không do nhiễm trùng)</translation>
        </message>
        <message>
            <source>Skin disease</source>
            <translation>Bệnh ngoài da</translation>
        </message>
        <message>
            <source>Acute mental health problem</source>
            <translation>Vấn đề sức khỏe tâm thần cấp</translation>
        </message>
        <message>
            <source>Obstetric complication</source>
            <translation>Biến chứng sản khoa</translation>
        </message>
        <message>
            <source>Severe acute malnutrition</source>
            <translation>Suy dinh dưỡng cấp tính nặng</translation>
        </message>
        <message>
            <source>Other diagnosis, not specified above</source>
            <translation>Chẩn đoán khác, chưa nêu ở trên</translation>
        </message>
        <message>
            <source>Major procedure (excluding limb amputation)</source>
            <translation>Phẫu thuật lớn (không kể cắt cụt chi)</translation>
        </message>
        <message>
            <source>Limb amputation (excluding digits)</source>
            <translation>Cắt cụt chi (không kể ngón)</translation>
        </message>
        <message>
            <source>Minor surgical procedure</source>
            <translation>Tiểu phẫu</translation>
        </message>
        <message>
            <source>Normal vaginal delivery</source>
            <translation>Sinh thường qua đường âm đạo</translation>
        </message>
        <message>
            <source>Caesarean section</source>
            <translation>Mổ lấy thai</translation>
        </message>
        <message>
            <source>Obstetrics, other</source>
            <translation>Sản khoa, khác</translation>
        </message>
        <message>
            <source>Discharge without medical follow-up</source>
            <translation>Ra về không cần theo dõi y tế</translation>
        </message>
        <message>
            <source>Discharge with medical follow-up</source>
            <translation>Ra về có theo dõi y tế</translation>
        </message>
        <message>
            <source>Discharge against medical advice</source>
            <translation>Ra về trái y lệnh</translation>
        </message>
        <message>
            <source>Referral / transfer to another facility</source>
            <translation>Chuyển tuyến / chuyển sang cơ sở khác</translation>
        </message>
        <message>
            <source>Admission</source>
            <translation>Nhập viện</translation>
        </message>
        <message>
            <source>Dead on arrival</source>
            <translation>Tử vong trước khi đến viện</translation>
        </message>
        <message>
            <source>Death within facility</source>
            <translation>Tử vong tại cơ sở</translation>
        </message>
        <message>
            <source>Requiring long-term rehabilitation</source>
            <translation>Cần phục hồi chức năng dài hạn</translation>
        </message>
        <message>
            <source>Directly related to the event</source>
            <translation>Liên quan trực tiếp đến sự kiện</translation>
        </message>
        <message>
            <source>Indirectly related to the event</source>
            <translation>Liên quan gián tiếp đến sự kiện</translation>
        </message>
        <message>
            <source>Not related to the event</source>
            <translation>Không liên quan đến sự kiện</translation>
        </message>
        <message>
            <source>Vulnerable child</source>
            <translation>Trẻ em dễ bị tổn thương</translation>
        </message>
        <message>
            <source>Vulnerable adult</source>
            <translation>Người lớn dễ bị tổn thương</translation>
        </message>
        <message>
            <source>Sexual and gender-based violence</source>
            <translation>Bạo lực tình dục và trên cơ sở giới</translation>
        </message>
        <message>
            <source>Violence (non-SGBV)</source>
            <translation>Bạo lực (không phải bạo lực tình dục/giới)</translation>
        </message>
        <message>
            <source>Malaria (confirmed or suspected)</source>
            <translation>Sốt rét (xác định hoặc nghi ngờ)</translation>
        </message>
        <message>
            <source>Snake or animal bite</source>
            <translation>Rắn hoặc động vật cắn</translation>
        </message>
        <message>
            <source>Suspected cholera</source>
            <translation>Nghi tả</translation>
        </message>
        <message>
            <source>Suspected typhoid/enteric fever</source>
            <translation>Nghi thương hàn/sốt ruột</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message>
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <source>UN military</source>
            <translation>Quân nhân LHQ</translation>
        </message>
        <message>
            <source>UN police</source>
            <translation>Cảnh sát LHQ</translation>
        </message>
        <message>
            <source>UN civilian staff</source>
            <translation>Nhân viên dân sự LHQ</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Nhà thầu</translation>
        </message>
        <message>
            <source>Local civilian</source>
            <translation>Dân thường địa phương</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <source>Outpatient</source>
            <translation>Ngoại trú</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Cấp cứu</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Tái khám</translation>
        </message>
        <message>
            <source>Admission</source>
            <translation>Nhập viện</translation>
        </message>
        <message>
            <source>Outreach clinic</source>
            <translation>Khám lưu động</translation>
        </message>
        <message>
            <source>T1 Immediate</source>
            <translation>T1 Cấp cứu ngay</translation>
        </message>
        <message>
            <source>T2 Urgent</source>
            <translation>T2 Khẩn cấp</translation>
        </message>
        <message>
            <source>T3 Minor</source>
            <translation>T3 Nhẹ</translation>
        </message>
        <message>
            <source>T4 Expectant</source>
            <translation>T4 Tiên lượng tử vong</translation>
        </message>
        <message>
            <source>Dead</source>
            <translation>Tử vong</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>Ra viện</translation>
        </message>
        <message>
            <source>Discharged with follow-up</source>
            <translation>Ra viện, hẹn tái khám</translation>
        </message>
        <message>
            <source>Admitted</source>
            <translation>Nhập viện</translation>
        </message>
        <message>
            <source>Evacuated</source>
            <translation>Đã sơ tán</translation>
        </message>
        <message>
            <source>Left against medical advice</source>
            <translation>Tự ý bỏ về trái y lệnh</translation>
        </message>
        <message>
            <source>Died</source>
            <translation>Tử vong</translation>
        </message>
        <message>
            <source>Dead on arrival</source>
            <translation>Tử vong trước khi đến viện</translation>
        </message>
        <message>
            <source>Referred or evacuated</source>
            <translation>Chuyển tuyến hoặc sơ tán</translation>
        </message>
        <message>
            <source>Died in facility</source>
            <translation>Tử vong tại cơ sở</translation>
        </message>
        <message>
            <source>CASEVAC</source>
            <translation>CASEVAC</translation>
        </message>
        <message>
            <source>MEDEVAC</source>
            <translation>MEDEVAC</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Đã yêu cầu</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã duyệt</translation>
        </message>
        <message>
            <source>Departed</source>
            <translation>Đã khởi hành</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Đã đến nơi</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Khẩn cấp</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Ưu tiên</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Thường quy</translation>
        </message>
        <message>
            <source>Directly related to the event</source>
            <translation>Liên quan trực tiếp đến sự kiện</translation>
        </message>
        <message>
            <source>Indirectly related to the event</source>
            <translation>Liên quan gián tiếp đến sự kiện</translation>
        </message>
        <message>
            <source>Not related to the event</source>
            <translation>Không liên quan đến sự kiện</translation>
        </message>
        <message>
            <source>Vulnerable child</source>
            <translation>Trẻ em dễ bị tổn thương</translation>
        </message>
        <message>
            <source>Vulnerable adult</source>
            <translation>Người lớn dễ bị tổn thương</translation>
        </message>
        <message>
            <source>Sexual and gender-based violence</source>
            <translation>Bạo lực tình dục và trên cơ sở giới</translation>
        </message>
        <message>
            <source>Violence (non-SGBV)</source>
            <translation>Bạo lực (không phải bạo lực tình dục/giới)</translation>
        </message>
        <message>
            <source>Major procedure</source>
            <translation>Phẫu thuật lớn</translation>
        </message>
        <message>
            <source>Limb amputation</source>
            <translation>Cắt cụt chi</translation>
        </message>
        <message>
            <source>Minor surgical procedure</source>
            <translation>Tiểu phẫu</translation>
        </message>
        <message>
            <source>Normal vaginal delivery</source>
            <translation>Sinh thường</translation>
        </message>
        <message>
            <source>Caesarean section</source>
            <translation>Mổ lấy thai</translation>
        </message>
        <message>
            <source>Obstetrics, other</source>
            <translation>Sản khoa, khác</translation>
        </message>
        <message>
            <source>Other procedure</source>
            <translation>Thủ thuật khác</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Chuyển đi</translation>
        </message>
        <message>
            <source>Mask sewing and distribution</source>
            <translation>May và phát khẩu trang</translation>
        </message>
        <message>
            <source>Agricultural instruction</source>
            <translation>Hướng dẫn nông nghiệp</translation>
        </message>
        <message>
            <source>Teaching and education</source>
            <translation>Giảng dạy và giáo dục</translation>
        </message>
        <message>
            <source>Health education</source>
            <translation>Giáo dục sức khỏe</translation>
        </message>
        <message>
            <source>Donation</source>
            <translation>Quyên tặng</translation>
        </message>
        <message>
            <source>Engineering and infrastructure</source>
            <translation>Công binh và cơ sở hạ tầng</translation>
        </message>
        <message>
            <source>Military contingent</source>
            <translation>Đơn vị quân đội</translation>
        </message>
        <message>
            <source>Staff officers and military observers</source>
            <translation>Sĩ quan tham mưu và quan sát viên quân sự</translation>
        </message>
        <message>
            <source>Formed police unit</source>
            <translation>Đơn vị cảnh sát (FPU)</translation>
        </message>
        <message>
            <source>Individual police officers</source>
            <translation>Sĩ quan cảnh sát cá nhân</translation>
        </message>
        <message>
            <source>Medic</source>
            <translation>Nhân viên y tế</translation>
        </message>
        <message>
            <source>Commander</source>
            <translation>Chỉ huy</translation>
        </message>
        <message>
            <source>HQ analyst</source>
            <translation>Chuyên viên phân tích Sở chỉ huy</translation>
        </message>
        <message>
            <source>HQ administrator</source>
            <translation>Quản trị viên Bộ chỉ huy</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Hệ thống</translation>
        </message>
    </context>
</TS>