package fr.portailfamilles.billing.batch;

/** This server among those sharing the database: WildFly's node name, which each node of a cluster has its own. */
final class ServerNode {

    private ServerNode() {
    }

    static String name() {
        return System.getProperty("jboss.node.name", "portail");
    }
}
