#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRect>
#include <QString>
#include <QWidget>

namespace soopchat {

// The top words as chips flowing over lines, larger and stronger the more
// often they were used, each with its count. Plain text throughout.
class WordCloud : public QWidget
{
    Q_OBJECT

public:
    struct Word
    {
        QString text;
        qint64 count = 0;
        bool approximate = false; // the count may be over by some (SpaceSavingCounter)

        friend bool operator==(const Word &, const Word &) = default;
    };

    explicit WordCloud(QWidget *parent = nullptr);

    void setWords(const QList<Word> &words);
    const QList<Word> &words() const { return m_words; }
    void setPlaceholder(const QString &text);
    void setAccent(const QColor &accent);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Chip
    {
        int index;
        QRect rect;
        QFont font;
        qreal weight; // 0 = least used shown, 1 = most used
    };
    QList<Chip> layoutChips(int width, int *height) const;

    QList<Word> m_words;
    QString m_placeholder;
    QColor m_accent;
};

} // namespace soopchat
