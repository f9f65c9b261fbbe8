#pragma once

#include <QTextBrowser>

namespace storelens {

class WorkspaceSession;
struct ProductDetail;

// One product: its variants with prices and stock per location.
class ProductDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ProductDetailView(QWidget *parent = nullptr);
    void load(WorkspaceSession *session, qint64 productRowId);

signals:
    void loaded(qint64 productRowId);

private:
    void render(const ProductDetail &detail);
    qint64 m_productId = 0;
};

} // namespace storelens
