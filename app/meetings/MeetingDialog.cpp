// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeetingDialog.h"

#include "Clock.h"
#include "DateFields.h"
#include "DisplayFormat.h"
#include "FollowUpProposals.h"
#include "MeetingCommands.h"
#include "MeetingDefaults.h"
#include "MeetingTypes.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "NotesEditor.h"
#include "QuestionChecklist.h"
#include "ReferralsGivenTab.h"
#include "ScheduleClash.h"
#include "WheelGuard.h"
#include "WindowFit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Rapport {

MeetingDialog::MeetingDialog(NetworkSession* session, qint64 meetingId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    m_meeting = session->meetings()->meeting(meetingId).value_or(Meeting());
    build();
}

MeetingDialog::MeetingDialog(NetworkSession* session, const Meeting& draft, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    m_meeting = draft;
    m_meeting.id = 0;
    build();
}

Meeting MeetingDialog::newInterview(qint64 contactId)
{
    Meeting m;
    m.contactId = contactId;
    m.start = QDateTime(Clock::currentDate().addDays(1), QTime(10, 0));
    m.durationMinutes = MeetingDefaults::usualMinutes(m.kind);
    return m;
}

Meeting MeetingDialog::newLoggedEmail(qint64 contactId)
{
    Meeting m;
    m.contactId = contactId;
    m.kind = MeetingKind::Email;
    m.status = MeetingStatus::Held;
    m.start = Clock::currentDateTimeUtc().toLocalTime();
    m.durationMinutes = MeetingDefaults::usualMinutes(m.kind);
    return m;
}

void MeetingDialog::build()
{
    setObjectName(QStringLiteral("meetingDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_contact = m_session->store()->contact(m_meeting.contactId).value_or(Contact());

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("meetingHeader"));
    m_header->setTextFormat(Qt::PlainText);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);

    m_notes = new NotesEditor(this);
    m_notes->setObjectName(QStringLiteral("meetingNotes"));
    m_notes->setMarkdown(m_meeting.notes);
    // A draft has no row to save notes to: its tabs open once it is saved.
    m_notes->setSaver([this](const QString& markdown) {
        return isDraft() || m_session->meetings()->saveNotes(m_meeting.id, markdown);
    });

    m_questions = new QuestionChecklist(this);
    connect(m_questions, &QuestionChecklist::saveFailed, this, [this](const QString& message) {
        MessageBoxes::warning(
            this, tr("Could not save"), tr("The checklist change could not be saved.\n\n%1").arg(message));
    });
    if (!isDraft())
        m_questions->load(m_session, m_meeting.id);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_notes, tr("&Notes"));
    m_tabs->addTab(m_questions, tr("&Questions"));
    m_given = new ReferralsGivenTab(m_session, m_contact, this);
    m_tabs->addTab(m_given, tr("&Referrals Given"));
    m_tabs->addTab(buildReflection(), tr("Re&flection"));

    m_draftHint = new QLabel(tr("Save the meeting to take notes, pick questions and record referrals."), this);
    m_draftHint->setObjectName(QStringLiteral("meetingDraftHint"));
    m_draftHint->setWordWrap(true);
    m_draftHint->setForegroundRole(QPalette::PlaceholderText);
    m_clashWarning = new QLabel(this);
    m_clashWarning->setObjectName(QStringLiteral("meetingClashWarning"));
    m_clashWarning->setTextFormat(Qt::PlainText);
    m_clashWarning->setWordWrap(true);
    QPalette warning = m_clashWarning->palette();
    warning.setColor(QPalette::WindowText, DisplayFormat::warningColor(warning));
    m_clashWarning->setPalette(warning);
    m_clashWarning->hide();

    // Every button is made once and only shown or hidden: Save turns the draft into the meeting
    // while its own click is being handled.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveMeetingButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::save);
    m_prepSheet = m_buttons->addButton(tr("Prep S&heet…"), QDialogButtonBox::ActionRole);
    m_prepSheet->setObjectName(QStringLiteral("prepSheetButton"));
    m_prepSheet->setToolTip(tr("A one-page brief to print before the interview"));
    connect(m_prepSheet, &QPushButton::clicked, this, [this] {
        m_notes->saveNow();
        emit prepSheetRequested(m_meeting.contactId, m_meeting.id);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(buildDetails());
    layout->addWidget(m_clashWarning);
    layout->addWidget(m_draftHint);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    WindowFit::resizeWithin(this, QSize(760, 640)); // 1920×1080 at 200% is 960×540: it must fit
    showMeeting();
    updateMode();
    WheelGuard::guardValuesIn(this); // the kind, time, length and status change only on purpose
    connect(m_session->meetings(), &MeetingStore::meetingsChanged, this, [this](qint64 contactId) {
        if (contactId == m_meeting.contactId)
            reload();
    });
}

void MeetingDialog::updateMode()
{
    const bool draft = isDraft();
    m_buttons->button(QDialogButtonBox::Save)->setVisible(draft);
    m_buttons->button(QDialogButtonBox::Cancel)->setVisible(draft);
    m_buttons->button(QDialogButtonBox::Close)->setVisible(!draft);
    m_prepSheet->setVisible(!draft);
    m_tabs->setEnabled(!draft);
    m_draftHint->setVisible(draft);
    m_status->setEnabled(!draft); // a new meeting is planned; Log… records one already held
    updateClashWarning();
    updateTitle();
}

void MeetingDialog::updateClashWarning()
{
    std::optional<Meeting> clash;
    if (isDraft() && m_contact.id) {
        clash = ScheduleClash::find(
            m_session->meetings()->meetingsOf(m_contact.id), m_start->dateTime().date(), Clock::currentDateTimeUtc());
    }
    if (clash) {
        const QString day = QLocale().toString(
            clash->start.toLocalTime().date(), tr("ddd d MMM", "a day as in \"Tue 8 Dec\": weekday, day, month"));
        m_clashWarning->setText(tr("%1 already has a meeting planned for %2.").arg(m_contact.displayName(), day));
    }
    m_clashWarning->setVisible(clash.has_value());
}

bool MeetingDialog::save()
{
    if (!isDraft())
        return true;
    Meeting meeting = collect();
    meeting.contactId = m_contact.id;
    meeting.notes = m_notes->markdown();
    qint64 id = 0;
    auto* command = new AddMeetingCommand(m_session->meetings(), meeting, m_contact.displayName());
    command->reportIdTo(&id);
    m_session->undoStack()->push(command); // deleted inside push() if the write fails; the store says why
    if (!id)
        return false;
    m_meeting = m_session->meetings()->meeting(id).value_or(meeting);
    m_meeting.id = id;
    m_questions->load(m_session, id);
    showMeeting(); // as stored; the Referrals Given tab takes its day
    updateMode();
    emit saved(id);
    return true;
}

QWidget* MeetingDialog::buildDetails()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("meetingKind"));
    for (const MeetingKind kind : MeetingTypes::meetingKinds())
        m_kind->addItem(MeetingTypes::label(kind), MeetingTypes::key(kind));
    m_start = new DateTimeField(box);
    m_start->setObjectName(QStringLiteral("meetingStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(DisplayFormat::shortDateTimePattern());
    m_duration = new QSpinBox(box);
    m_duration->setObjectName(QStringLiteral("meetingDuration"));
    m_duration->setRange(5, 600);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setToolTip(tr("Ask for 20–30 minutes, and keep to it."));
    m_place = new QLineEdit(box);
    m_place->setObjectName(QStringLiteral("meetingPlace"));
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    for (const MeetingStatus status : MeetingTypes::meetingStatuses())
        m_status->addItem(MeetingTypes::label(status), MeetingTypes::key(status));

    const auto label = [box](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, box);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Kind:"), m_kind), 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(label(tr("&When:"), m_start), 0, 2);
    grid->addWidget(m_start, 0, 3);
    grid->addWidget(label(tr("&Length:"), m_duration), 0, 4);
    grid->addWidget(m_duration, 0, 5);
    grid->addWidget(label(tr("&Place:"), m_place), 1, 0);
    grid->addWidget(m_place, 1, 1, 1, 3);
    grid->addWidget(label(tr("&Status:"), m_status), 1, 4);
    grid->addWidget(m_status, 1, 5);
    grid->setColumnStretch(3, 1);

    connect(m_kind, &QComboBox::activated, this, &MeetingDialog::kindChosen);
    connect(m_status, &QComboBox::activated, this, &MeetingDialog::fieldEdited);
    connect(m_start, &QDateTimeEdit::editingFinished, this, &MeetingDialog::fieldEdited);
    connect(m_duration, &QSpinBox::editingFinished, this, &MeetingDialog::fieldEdited);
    connect(m_place, &QLineEdit::editingFinished, this, &MeetingDialog::fieldEdited);
    return box;
}

QWidget* MeetingDialog::buildReflection()
{
    auto* page = new QWidget(this);
    auto* question = new QLabel(tr("How drawn are you to this career path, now that you have heard about it?"), page);
    question->setWordWrap(true);
    m_reflection = new QButtonGroup(page);
    auto* choices = new QHBoxLayout;
    const QList<std::pair<Reflection, QString>> options {{Reflection::DrawnToIt, tr("&Drawn to it")},
        {Reflection::Unsure, tr("&Unsure")}, {Reflection::NotForMe, tr("Not f&or me")},
        {Reflection::None, tr("Not &yet")}};
    for (int i = 0; i < options.size(); ++i) {
        auto* button = new QRadioButton(options.at(i).second, page);
        const Reflection reflection = options.at(i).first;
        button->setObjectName(QStringLiteral("reflection_")
            + (reflection == Reflection::None ? QStringLiteral("none") : MeetingTypes::key(reflection)));
        button->setProperty("reflection", int(reflection));
        m_reflection->addButton(button, i);
        choices->addWidget(button);
    }
    choices->addStretch();
    connect(m_reflection, &QButtonGroup::idClicked, this, &MeetingDialog::fieldEdited);
    m_takeaway = new QLineEdit(page);
    m_takeaway->setObjectName(QStringLiteral("meetingTakeaway"));
    m_takeaway->setPlaceholderText(tr("One line: what you learned about what you want, or don't"));
    connect(m_takeaway, &QLineEdit::editingFinished, this, &MeetingDialog::fieldEdited);
    auto* takeawayLabel = new QLabel(tr("&Takeaway:"), page);
    takeawayLabel->setBuddy(m_takeaway);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(question);
    layout->addLayout(choices);
    layout->addWidget(takeawayLabel);
    layout->addWidget(m_takeaway);
    layout->addStretch();
    return page;
}

void MeetingDialog::reload()
{
    if (isDraft()) { // nothing stored to read yet, and what the user typed stays
        if (m_session->store()->contact(m_meeting.contactId))
            updateClashWarning(); // it follows the person's other meetings
        else
            close(); // the person went away (deleted, an import undone)
        return;
    }
    const auto stored = m_session->meetings()->meeting(m_meeting.id);
    if (!stored) {
        close(); // the meeting was removed (or its removal redone)
        return;
    }
    m_meeting = *stored;
    showMeeting();
}

void MeetingDialog::showMeeting()
{
    m_loading = true;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(MeetingTypes::key(m_meeting.kind))));
    m_shownKind = m_meeting.kind;
    m_place->setPlaceholderText(placeHint(m_meeting.kind));
    m_start->setDateTime(m_meeting.start);
    m_given->setMeetingDay(m_meeting.start.date());
    m_duration->setValue(m_meeting.durationMinutes);
    if (m_place->text() != m_meeting.place)
        m_place->setText(m_meeting.place);
    m_status->setCurrentIndex(qMax(0, m_status->findData(MeetingTypes::key(m_meeting.status))));
    for (QAbstractButton* button : m_reflection->buttons()) {
        if (Reflection(button->property("reflection").toInt()) == m_meeting.reflection)
            button->setChecked(true);
    }
    if (m_takeaway->text() != m_meeting.takeaway)
        m_takeaway->setText(m_meeting.takeaway);
    m_loading = false;
    updateTitle();
}

Meeting MeetingDialog::collect() const
{
    Meeting m = m_meeting;
    m.kind = MeetingTypes::meetingKind(m_kind->currentData().toString()).value_or(MeetingKind::Other);
    m.start = m_start->dateTime();
    m.durationMinutes = m_duration->value();
    m.place = m_place->text().trimmed();
    m.status = MeetingTypes::meetingStatus(m_status->currentData().toString()).value_or(MeetingStatus::Planned);
    if (QAbstractButton* checked = m_reflection->checkedButton())
        m.reflection = Reflection(checked->property("reflection").toInt());
    m.takeaway = m_takeaway->text().trimmed();
    return m;
}

QString MeetingDialog::placeHint(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Call:
        return tr("A phone number");
    case MeetingKind::VideoCall:
        return tr("A video link");
    case MeetingKind::Email: // it has no place
    case MeetingKind::ThankYou:
        return {};
    case MeetingKind::InformationalInterview:
    case MeetingKind::Coffee:
    case MeetingKind::Event:
    case MeetingKind::Other:
        break;
    }
    return tr("Café, office, or a video link");
}

void MeetingDialog::kindChosen()
{
    const MeetingKind kind = MeetingTypes::meetingKind(m_kind->currentData().toString()).value_or(MeetingKind::Other);
    if (kind != m_shownKind) {
        // An e-mail's 5 minutes, never typed, would stay on the interview it turned out to be.
        m_duration->setValue(MeetingDefaults::lengthAfterKindChange(m_duration->value(), m_shownKind, kind));
        m_shownKind = kind;
        m_place->setPlaceholderText(placeHint(kind));
    }
    fieldEdited(); // kind and length are one edit, one undo step
}

void MeetingDialog::fieldEdited()
{
    if (m_loading)
        return;
    if (isDraft()) { // written on Save
        updateClashWarning();
        updateTitle();
        return;
    }
    Meeting after = collect();
    if (after.status == MeetingStatus::Held && m_meeting.status != MeetingStatus::Held && !confirmHeld(&after)) {
        after.status = m_meeting.status;
        m_status->setCurrentIndex(qMax(0, m_status->findData(MeetingTypes::key(m_meeting.status))));
    }
    const bool same = after.kind == m_meeting.kind && after.start == m_meeting.start
        && after.durationMinutes == m_meeting.durationMinutes && after.place == m_meeting.place
        && after.status == m_meeting.status && after.reflection == m_meeting.reflection
        && after.takeaway == m_meeting.takeaway;
    if (same)
        return;
    // Marked held, or held already and now a meeting with someone: what follows a meeting is offered.
    const bool held = FollowUpProposals::becameHeld(m_meeting, after);
    const QDate plannedDay = m_meeting.start.toLocalTime().date();
    m_session->undoStack()->push(
        new EditMeetingCommand(m_session->meetings(), m_meeting, after, m_contact.displayName()));
    if (held)
        emit meetingHeld(m_meeting.id, plannedDay);
}

bool MeetingDialog::confirmHeld(Meeting* meeting)
{
    // A slip of the status box on a meeting still ahead would move it to "Past" and propose thank-yous.
    const QDate day = meeting->start.toLocalTime().date();
    if (!day.isValid() || day <= Clock::currentDate())
        return true;
    if (MessageBoxes::question(this, tr("Mark as Held"),
            tr("This meeting is planned for %1. Mark it held today? Its date changes to today.")
                .arg(QLocale().toString(day, QLocale::LongFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) // what the user just chose
        != QMessageBox::Yes)
        return false;
    // Held means it happened: a date still ahead would make "last contact" lie in the future. The
    // planned time of day stays, unless it is still ahead today too: then it happened by now.
    const QDateTime now = Clock::currentDateTimeUtc().toLocalTime();
    const QDateTime plannedToday(now.date(), meeting->start.toLocalTime().time());
    meeting->start
        = plannedToday <= now ? plannedToday : QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
    return true;
}

void MeetingDialog::updateTitle()
{
    const MeetingKind kind = isDraft() ? collect().kind : m_meeting.kind;
    const QString title = tr("%1 with %2").arg(MeetingTypes::label(kind), m_contact.displayName());
    m_header->setText(title);
    setWindowTitle(title);
}

void MeetingDialog::done(int result)
{
    if (!isDraft()) { // a draft closed without Save leaves nothing behind
        fieldEdited(); // a field still being typed in is an edit too
        m_notes->saveNow();
    }
    QDialog::done(result);
}

} // namespace Rapport
