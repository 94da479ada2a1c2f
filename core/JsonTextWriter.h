#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace Rapport {

// Writes JSON text as it goes, indented by four spaces a level, so that a backup of 100,000
// contacts is never held as a QJsonDocument tree (which took most of an export's time and memory).
// Text is UTF-8 with only what JSON requires escaped: quote, backslash and control characters.
class JsonTextWriter
{
public:
    // `depth`: the nesting level the text will sit at, for a value written apart and put in later.
    explicit JsonTextWriter(QByteArray& out, int depth = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void key(const QString& name);

    void string(const QString& text);
    void integer(qint64 value);
    void real(double value);
    void boolean(bool value);
    void null();
    // A value already written by another JsonTextWriter at this depth.
    void raw(const QByteArray& json);

private:
    void beforeValue();
    void newLine(int depth);
    void escaped(const QString& text);

    QByteArray& m_out;
    int m_base;
    QVarLengthArray<bool, 8> m_empty; // per open level: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace Rapport
