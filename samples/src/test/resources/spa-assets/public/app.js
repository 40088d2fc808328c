const todos = await (await fetch("/api/todos")).json();
document.getElementById("app").textContent = todos.map((t) => t.title).join(", ");
