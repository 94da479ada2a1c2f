// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Longer than most files: the form's fields, its draft (a new contact not yet added) and the save of
// an edited contact share the editor's state; its parts with a life of their own are classes
// (ContactActivity, ContactLinksEditor, ReferredByField, LabeledValuesEditor for e-mails and phones).

#include "ContactEditor.h"

#include "ContactActivity.h"
#include "ContactLinksEditor.h"
#include "DateFields.h"
#include "DisplayFormat.h"
#include "LabeledValuesEditor.h"
#include "PresetLabels.h"
#include "ReferredByField.h"
#include "ReferrerNote.h"
#include "WheelGuard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Rapport {

namespace {
// QDateEdit cannot be empty; its minimum date stands for "not set".
const QDate kNoDate(1900, 1, 1);

QStringList splitTags(const QString& text)
{
    return normalizedTags(text.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

void setTextKeepingCursor(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

// A titled block across the form's whole width, its title above it: lists and their button rows
// need the room more than a label column does, and they wrap instead of widening the editor.
QWidget* titledBlock(const QString& title, QWidget* content)
{
    auto* block = new QWidget;
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title, block));
    layout->addWidget(content);
    return block;
}
} // namespace

ContactEditor::ContactEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contactEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto* nothing = new QLabel(tr("Select a contact to see and edit their details,\nor press Ctrl+N to add one."));
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    nothing->setEnabled(false);
    m_pages->addWidget(nothing);

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(2);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("contactFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form follows the panel's width
    QWidget* form = buildForm();
    scroll->setWidget(form);
    // Never narrower than the form needs: it scrolls up and down, not sideways.
    scroll->setMinimumWidth(form->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 2);
    auto* heading = new QVBoxLayout;
    heading->setContentsMargins(9, 6, 9, 0);
    heading->addWidget(m_header);
    heading->addWidget(m_subHeader);
    heading->addWidget(m_activity->quickActions()); // built with the form, above
    pageLayout->addLayout(heading);
    pageLayout->addWidget(scroll, 1);
    // The draft's error and buttons stay below the scrolling fields, always in sight.
    auto* bottom = new QVBoxLayout;
    bottom->setContentsMargins(9, 0, 9, 6);
    bottom->addWidget(m_draftError);
    bottom->addWidget(m_draftButtons);
    pageLayout->addLayout(bottom);
    m_pages->addWidget(page);
    WheelGuard::guardValuesIn(form); // scrolling the form must not turn Strength or Stage
}

QWidget* ContactEditor::buildForm()
{
    auto* form = new QWidget;
    auto* outer = new QVBoxLayout(form);

    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("contactHeader"));
    m_header->setTextFormat(Qt::PlainText);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.5);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_subHeader = new QLabel;
    m_subHeader->setObjectName(QStringLiteral("contactSubHeader"));
    m_subHeader->setTextFormat(Qt::PlainText);
    m_subHeader->setWordWrap(true);
    for (QLabel* label : {m_header, m_subHeader}) // elided to the panel's width, never widening it
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_header->installEventFilter(this);

    // Shown below the scrolling fields (see the constructor); the fields' edits hide it.
    m_draftError = new QLabel;
    m_draftError->setObjectName(QStringLiteral("draftError"));
    m_draftError->setTextFormat(Qt::PlainText);
    m_draftError->setWordWrap(true);
    m_draftError->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    updateWarningColor();
    m_draftError->hide();

    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow panel (a laptop at 200%) labels go above their fields instead of clipping them.
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto lineEdit = [this](const char* name, const QString& placeholder) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::editingFinished, this, &ContactEditor::fieldEdited);
        // Typing, not Enter (which also finishes editing), answers the draft's error.
        connect(edit, &QLineEdit::textEdited, m_draftError, &QWidget::hide);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_draft)
                submitDraft();
        });
        return edit;
    };
    m_firstName = lineEdit("firstNameEdit", tr("Given name"));
    m_lastName = lineEdit("lastNameEdit", tr("Family name"));
    m_organization = lineEdit("organizationEdit", tr("Company, lab or agency"));
    m_referredBy = new ReferredByField;
    connect(m_referredBy, &QLineEdit::returnPressed, this, [this] {
        if (m_draft)
            submitDraft();
    });
    connect(m_referredBy, &QLineEdit::textEdited, m_draftError, &QWidget::hide);
    m_referrerNote = new ReferrerNote;
    m_referredBy->setNote(m_referrerNote);
    connect(m_firstName, &QLineEdit::textEdited, this, [this] { m_givenTyped = true; });
    m_title = lineEdit("titleEdit", tr("Job title"));
    m_location = lineEdit("locationEdit", tr("City, region"));
    m_linkedin = lineEdit("linkedinEdit", tr("https://www.linkedin.com/in/…"));
    m_tags = lineEdit("tagsEdit", tr("Comma-separated, e.g. policy, mentor"));

    m_emails = new LabeledValuesEditor(PresetLabels::emailKeys(), tr("Add e-mail"), tr("E-mail address"));
    m_emails->setObjectName(QStringLiteral("emailsEditor"));
    m_phones = new LabeledValuesEditor(PresetLabels::phoneKeys(), tr("Add phone"), tr("Phone number"));
    m_phones->setObjectName(QStringLiteral("phonesEditor"));
    connect(m_emails, &LabeledValuesEditor::edited, this, &ContactEditor::fieldEdited);
    connect(m_phones, &LabeledValuesEditor::edited, this, &ContactEditor::fieldEdited);

    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (Stage stage : allStages())
        m_stage->addItem(stageLabel(stage), int(stage));
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ContactEditor::fieldEdited);

    m_strength = new QSpinBox;
    m_strength->setObjectName(QStringLiteral("strengthSpin"));
    m_strength->setRange(0, 5);
    m_strength->setSuffix(tr(" of 5"));
    m_strength->setToolTip(tr("How strong the relationship is: 0 = never spoken, 5 = close ally"));
    connect(m_strength, &QSpinBox::valueChanged, this, &ContactEditor::fieldEdited);

    m_connectedOn = new DateField;
    m_connectedOn->setObjectName(QStringLiteral("connectedOnEdit"));
    m_connectedOn->setCalendarPopup(true);
    m_connectedOn->setMinimumDate(kNoDate);
    m_connectedOn->setSpecialValueText(tr("Not set"));
    m_connectedOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // The date of the LinkedIn connection (LinkedIn's export calls it "Connected On"); with a
    // profile address it tells the follow-ups that no invitation is needed.
    m_connectedOn->setToolTip(tr("The day you connected with this person on LinkedIn (a LinkedIn import fills it "
                                 "in). With their LinkedIn profile, it means you are connected already, so no "
                                 "LinkedIn invitation is proposed after a meeting"));
    connect(m_connectedOn, &QDateEdit::editingFinished, this, &ContactEditor::fieldEdited);

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(tr("How you met, what they care about, what to remember…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60); // short for a new contact; it grows with the panel
    m_notes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_notes->installEventFilter(this);
    // Notes can be long: they are saved shortly after typing pauses, not only when focus leaves,
    // so a crash or a kill loses at most the last second.
    m_notesTimer = new QTimer(this);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(800);
    connect(m_notesTimer, &QTimer::timeout, this, &ContactEditor::fieldEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && !m_draft)
            m_notesTimer->start();
    });

    fields->addRow(tr("&Given name:"), m_firstName);
    fields->addRow(tr("Famil&y name:"), m_lastName);
    fields->addRow(tr("&Organisation:"), m_organization);
    fields->addRow(tr("Referre&d by:"), m_referredBy);
    fields->addRow(m_referrerNote); // the whole width: its wrapped text must not stretch the rows
    fields->addRow(tr("&Title:"), m_title);
    fields->addRow(tr("E-&mails:"), m_emails);
    fields->addRow(tr("&Phones:"), m_phones);
    fields->addRow(tr("&LinkedIn:"), m_linkedin);
    fields->addRow(tr("Locat&ion:"), m_location);
    fields->addRow(tr("T&ags:"), m_tags);
    fields->addRow(tr("&Stage:"), m_stage);
    fields->addRow(tr("St&rength:"), m_strength);
    fields->addRow(tr("&Connected on:"), m_connectedOn);
    fields->labelForField(m_connectedOn)->setToolTip(m_connectedOn->toolTip()); // what the label means, too
    fields->addRow(tr("&Notes:"), m_notes);
    m_checkIn = new QSpinBox;
    m_checkIn->setObjectName(QStringLiteral("checkInSpin"));
    m_checkIn->setRange(7, 730);
    m_checkIn->setSingleStep(15);
    m_checkIn->setSuffix(tr(" days"));
    m_checkIn->setToolTip(tr("Keep warm: how long after your last contact to check in again"));
    connect(m_checkIn, &QSpinBox::editingFinished, this, &ContactEditor::fieldEdited);
    fields->addRow(tr("Chec&k in every:"), m_checkIn);
    m_activity = new ContactActivity;
    m_activity->setObjectName(QStringLiteral("contactActivity"));
    fields->addRow(titledBlock(tr("Meetings:"), m_activity));
    m_links = new ContactLinksEditor;
    m_links->setObjectName(QStringLiteral("linksEditor"));
    fields->addRow(titledBlock(tr("Connections:"), m_links));
    outer->addLayout(fields);
    m_fields = fields;

    m_draftButtons = new QWidget;
    auto* buttons = new QHBoxLayout(m_draftButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    auto* cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelDraftButton"));
    m_addButton = new QPushButton(tr("Add contact"));
    m_addButton->setObjectName(QStringLiteral("addContactButton"));
    m_addButton->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(m_addButton);
    connect(cancel, &QPushButton::clicked, this, &ContactEditor::draftCancelled);
    connect(m_addButton, &QPushButton::clicked, this, &ContactEditor::submitDraft);
    return form;
}

void ContactEditor::load(const Contact& c)
{
    m_links->setContact(c);
    m_activity->setContact(c);
    m_referredBy->setContact(c);
    m_checkIn->setValue(c.checkInDays);
    m_notesTimer->stop();
    m_givenTyped = false;
    m_loading = true;
    setTextKeepingCursor(m_firstName, c.firstName);
    setTextKeepingCursor(m_lastName, c.lastName);
    setTextKeepingCursor(m_organization, c.organization);
    setTextKeepingCursor(m_title, c.title);
    setTextKeepingCursor(m_location, c.location);
    setTextKeepingCursor(m_linkedin, c.linkedinUrl);
    if (splitTags(m_tags->text()) != c.tags)
        m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_emails->setValues(c.emails);
    m_phones->setValues(c.phones);
    m_stage->setCurrentIndex(m_stage->findData(int(c.stage)));
    m_strength->setValue(c.strength);
    m_connectedOn->setDate(c.connectedOn.isValid() ? c.connectedOn : kNoDate);
    if (m_notes->toPlainText() != c.notes)
        m_notes->setPlainText(c.notes);
    m_loading = false;
    updateHeader();
}

Contact ContactEditor::collect() const
{
    Contact c = m_contact;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.organization = m_organization->text().trimmed();
    c.title = m_title->text().trimmed();
    c.location = m_location->text().trimmed();
    c.linkedinUrl = m_linkedin->text().trimmed();
    c.tags = splitTags(m_tags->text());
    c.emails = m_emails->values();
    c.phones = m_phones->values();
    c.stage = Stage(m_stage->currentData().toInt());
    c.strength = m_strength->value();
    c.checkInDays = m_checkIn->value();
    c.connectedOn = m_connectedOn->date() == kNoDate ? QDate() : m_connectedOn->date();
    c.notes = m_notes->toPlainText();
    return c;
}

void ContactEditor::updateHeader()
{
    if (m_draft) {
        m_headerText = tr("New contact");
        m_subHeaderText = tr("Fill in what you know, then press Enter or click Add contact.");
    } else {
        const Contact c = collect();
        m_headerText = c.displayName();
        QStringList parts;
        if (!c.title.isEmpty())
            parts.append(c.title);
        if (!c.organization.isEmpty())
            parts.append(c.organization);
        m_subHeaderText = parts.join(tr(" at "));
    }
    elideHeader();
}

void ContactEditor::elideHeader()
{
    const QString shown = m_header->fontMetrics().elidedText(m_headerText, Qt::ElideRight, qMax(m_header->width(), 40));
    m_header->setText(shown);
    m_header->setToolTip(shown == m_headerText ? QString() : m_headerText);
    m_subHeader->setText(m_subHeaderText); // wrapped, and as wide as the header: it never widens the panel
}

void ContactEditor::showProblem(const QString& message)
{
    m_draftError->setText(message);
    m_draftError->setVisible(!message.isEmpty());
}

ReferrerChoice ContactEditor::draftReferrer() const
{
    return m_draft ? m_referredBy->draftChoice() : ReferrerChoice();
}

void ContactEditor::showContact(const Contact& contact)
{
    const bool sameContact = !m_draft && m_contact.id == contact.id && m_pages->currentIndex() == 1;
    m_draft = false;
    m_contact = contact;
    m_draftButtons->hide();
    m_draftError->hide();
    // A saved contact's meetings and links; a draft has none, so its form is short.
    m_fields->setRowVisible(m_activity->parentWidget(), true); // the titled blocks
    m_activity->quickActions()->show();
    m_fields->setRowVisible(m_links->parentWidget(), true);
    load(contact);
    m_pages->setCurrentIndex(1);
    if (!sameContact)
        m_notes->moveCursor(QTextCursor::Start);
}

void ContactEditor::startNewContact(const Contact& draft, const QString& referredBy)
{
    m_draft = true;
    m_contact = Contact();
    m_fields->setRowVisible(m_activity->parentWidget(), false);
    m_activity->quickActions()->hide(); // a person not added yet has nothing to schedule
    m_fields->setRowVisible(m_links->parentWidget(), false);
    load(draft);
    m_referredBy->setText(referredBy);
    m_draftButtons->show();
    m_draftError->hide();
    m_pages->setCurrentIndex(1);
    updateHeader();
    focusFirstField();
}

void ContactEditor::showNothing()
{
    m_draft = false;
    m_contact = Contact();
    m_pages->setCurrentIndex(0);
}

void ContactEditor::focusFirstField()
{
    m_firstName->setFocus();
    m_firstName->selectAll();
}

void ContactEditor::fieldEdited()
{
    if (m_loading)
        return;
    splitTypedFullName();
    if (m_draft)
        return;
    commitEdits();
}

void ContactEditor::splitTypedFullName()
{
    // Only what was typed just now, so a saved contact's names are never rearranged unasked.
    if (!std::exchange(m_givenTyped, false) || !m_lastName->text().trimmed().isEmpty())
        return;
    const Contact split = contactNamed(m_firstName->text());
    if (split.lastName.isEmpty())
        return; // one word is a given name
    m_firstName->setText(split.firstName);
    m_lastName->setText(split.lastName);
}

std::optional<Contact> ContactEditor::pendingDraft() const
{
    if (!m_draft || m_pages->currentIndex() != 1)
        return std::nullopt;
    const Contact draft = collect();
    if (draft.sameContent(Contact()))
        return std::nullopt;
    return draft;
}

void ContactEditor::commitEdits()
{
    m_notesTimer->stop();
    if (m_draft || m_pages->currentIndex() != 1 || !m_contact.id)
        return;
    const Contact edited = collect();
    if (edited.sameContent(m_contact))
        return;
    const Contact before = m_contact;
    m_contact = edited;
    updateHeader();
    emit editRequested(before, edited);
}

void ContactEditor::submitDraft()
{
    splitTypedFullName();
    const Contact draft = collect();
    if (draft.firstName.isEmpty() && draft.lastName.isEmpty() && draft.organization.isEmpty()) {
        showProblem(tr("Give the contact a name or an organisation first."));
        m_firstName->setFocus();
        return;
    }
    // A referrer who is nobody's or several people's name: asked under the field, then added.
    if (!m_referredBy->settleForDraft([this] { submitDraft(); }))
        return;
    emit addRequested(draft);
}

bool ContactEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        fieldEdited();
    if (watched == m_header && event->type() == QEvent::Resize)
        elideHeader();
    return QWidget::eventFilter(watched, event);
}

void ContactEditor::updateWarningColor()
{
    QPalette palette = m_draftError->palette();
    palette.setColor(QPalette::WindowText, DisplayFormat::warningColor(this->palette()));
    m_draftError->setPalette(palette);
}

void ContactEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && isDraft()) {
        emit draftCancelled(); // as Escape cancels a dialog
        return;
    }
    QWidget::keyPressEvent(event);
}

void ContactEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_draftError)
        updateWarningColor(); // light and dark palettes need different reds
}

} // namespace Rapport
