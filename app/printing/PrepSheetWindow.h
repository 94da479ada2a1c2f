// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PrepSheet.h"

#include <QDialog>

class QComboBox;
class QHBoxLayout;
class QPrintPreviewWidget;
class QPrinter;

namespace Rapport {

class NetworkSession;

// Shows prep sheets as they will print: choose the paper and the sections, then print or
// save as PDF. One sheet (a contact or a meeting) or many (a week of interviews).
class PrepSheetWindow : public QDialog
{
    Q_OBJECT

public:
    struct Sheet {
        qint64 contactId = 0;
        qint64 meetingId = 0;
    };

    PrepSheetWindow(NetworkSession* session, const QList<Sheet>& sheets, QWidget* parent = nullptr);
    ~PrepSheetWindow() override;

    int pageCount() const;
    QString html() const { return m_html; }
    void print();
    // Asks where (through the FileDialogs seam) and writes the PDF; returns false on failure or cancel.
    bool saveAsPdf();

    static PrepSheetOptions savedOptions();

private:
    void rebuild();
    void paint(QPrinter* printer);
    void addZoomButtons(QHBoxLayout* bar);

    NetworkSession* m_session;
    QList<Sheet> m_sheets;
    PrepSheetOptions m_options;
    QString m_html;
    QString m_title;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview;
    QComboBox* m_paper;
};

} // namespace Rapport
