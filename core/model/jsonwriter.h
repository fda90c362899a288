// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/**
 * A streaming JSON writer straight into UTF-8 bytes. QJsonObject builds a tree and re-encodes
 * it, which costs ~8 µs per threat; writing 100,000 threats into a project file must take well
 * under a second, so the model's JSON form is written with this instead.
 */
namespace tw {

class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 256) { m_out.reserve(reserve); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    /** The next value's key; only inside an object. `key` is ASCII. */
    JsonWriter &key(const char *key);

    JsonWriter &value(const QString &text);
    JsonWriter &value(QStringView text);
    JsonWriter &value(const char *ascii);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &value(const QStringList &list);
    /** Any QJsonValue (for free-form attributes). */
    JsonWriter &value(const QJsonValue &json);

    template<typename T>
    JsonWriter &field(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }

    const QByteArray &bytes() const { return m_out; }
    /** Empties the writer but keeps its buffer's size, for writing many small documents. */
    void clear()
    {
        if (m_out.isDetached()) {
            m_out.resize(0);
        } else {
            // The last document's bytes() were kept by the caller: start a buffer of the same
            // capacity at once, instead of detaching to an empty one that regrows step by step
            // (6 % of preparing 100,000 threats for the project file went into those steps).
            const qsizetype capacity = m_out.capacity();
            m_out = QByteArray();
            m_out.reserve(capacity);
        }
        m_needComma = false;
    }
    QByteArray take() { return std::move(m_out); }

    /** Appends `text` as a JSON string literal (RFC 8259 escaping). */
    static void appendString(QByteArray &out, QStringView text);

private:
    void separator();

    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace tw
