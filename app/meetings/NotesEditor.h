// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTextEdit>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;
class QToolBar;

namespace Rapport {

// A rich-text notes editor stored as Markdown: bold, italic, headings, bullet and numbered
// lists and check-boxes, from a toolbar or the keyboard. It saves itself about a second
// after typing stops, when it loses focus and when it closes; there is no Save button.
class NotesEditor : public QWidget
{
    Q_OBJECT

public:
    // save() writes the Markdown and says whether it worked.
    using Saver = std::function<bool(const QString& markdown)>;

    explicit NotesEditor(QWidget* parent = nullptr);
    ~NotesEditor() override;

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    void setMarkdown(const QString& markdown);
    QString markdown() const;
    // Writes pending changes now. Returns false when the write failed (the text is kept).
    bool saveNow();
    bool hasUnsavedChanges() const { return m_dirty; }
    QTextEdit* textEdit() const { return m_edit; }

    // Saved this long after typing pauses, and never later than kMaxUnsavedMs after the first
    // unsaved keystroke, even while typing goes on: a kill loses at most about a second.
    static constexpr int kAutosaveMs = 800;
    static constexpr int kMaxUnsavedMs = 1000;

signals:
    void saved();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildToolbar();
    void toggleFormat(bool bold, bool italic);
    void setHeading(int level);
    void setList(QTextListFormat::Style style);
    void toggleCheckBox();
    bool toggleCheckBoxAt(const QPoint& viewportPosition);
    void textChanged();
    void showState(const QString& text);

    QTextEdit* m_edit;
    QToolBar* m_toolbar;
    QLabel* m_state;
    QTimer* m_timer;
    QTimer* m_deadline;
    Saver m_saver;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace Rapport
