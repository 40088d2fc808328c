export { userRoutes } from "./users";
export { Role } from "./roles";
