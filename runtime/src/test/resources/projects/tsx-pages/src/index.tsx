import { Layout } from "./components/Layout";
import { tree } from "./legacy.jsx";

interface Item {
  id: number;
  name: string;
  price: number;
}

const items: Item[] = [
  { id: 1, name: "Tea <green>", price: 3 },
  { id: 2, name: "Coffee", price: 4 },
];

const List = ({ items }: { items: Item[] }) => (
  <ul class="items">
    {items.map((item) => (
      <li key={item.id}>
        {item.name}: {item.price.toFixed(2)}
      </li>
    ))}
  </ul>
);

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/legacy") return Response.json(tree);
    if (url.pathname === "/error") throw new Error("thrown on line 29");
    const page = (
      <Layout title="Items">
        <>
          <h1>All items</h1>
          <List items={items} />
        </>
      </Layout>
    );
    return new Response("<!doctype html>" + page, { headers: { "content-type": "text/html" } });
  },
};
