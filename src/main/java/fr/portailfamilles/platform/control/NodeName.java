package fr.portailfamilles.platform.control;

/** This server among those sharing the database: WildFly's node name, which each node of a cluster has its own. */
public final class NodeName {

    private NodeName() {
    }

    public static String ofThisServer() {
        return System.getProperty("jboss.node.name", "portail");
    }
}
