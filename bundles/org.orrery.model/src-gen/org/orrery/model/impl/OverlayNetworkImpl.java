/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.orrery.model.OrreryPackage;
import org.orrery.model.OverlayKind;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.OverlayNode;
import org.orrery.model.Subnet;
import org.orrery.model.Tunnel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Overlay Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.OverlayNetworkImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.impl.OverlayNetworkImpl#getSubnets <em>Subnets</em>}</li>
 *   <li>{@link org.orrery.model.impl.OverlayNetworkImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.orrery.model.impl.OverlayNetworkImpl#getTunnels <em>Tunnels</em>}</li>
 *   <li>{@link org.orrery.model.impl.OverlayNetworkImpl#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.orrery.model.impl.OverlayNetworkImpl#getTableAgeingS <em>Table Ageing S</em>}</li>
 *   <li>{@link org.orrery.model.impl.OverlayNetworkImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OverlayNetworkImpl extends NamedElementImpl implements OverlayNetwork {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OverlayKind KIND_EDEFAULT = OverlayKind.VIRTUAL_SWITCH;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OverlayKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubnets() <em>Subnets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnets()
	 * @generated
	 * @ordered
	 */
	protected EList<Subnet> subnets;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<OverlayNode> nodes;

	/**
	 * The cached value of the '{@link #getTunnels() <em>Tunnels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTunnels()
	 * @generated
	 * @ordered
	 */
	protected EList<Tunnel> tunnels;

	/**
	 * The default value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected static final int MTU_EDEFAULT = 1500;

	/**
	 * The cached value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected int mtu = MTU_EDEFAULT;

	/**
	 * The default value of the '{@link #getTableAgeingS() <em>Table Ageing S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableAgeingS()
	 * @generated
	 * @ordered
	 */
	protected static final double TABLE_AGEING_S_EDEFAULT = 300.0;

	/**
	 * The cached value of the '{@link #getTableAgeingS() <em>Table Ageing S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableAgeingS()
	 * @generated
	 * @ordered
	 */
	protected double tableAgeingS = TABLE_AGEING_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OverlayNetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.OVERLAY_NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OverlayKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OverlayKind newKind) {
		OverlayKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.OVERLAY_NETWORK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subnet> getSubnets() {
		if (subnets == null) {
			subnets = new EObjectContainmentEList<Subnet>(Subnet.class, this, OrreryPackage.OVERLAY_NETWORK__SUBNETS);
		}
		return subnets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OverlayNode> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<OverlayNode>(OverlayNode.class, this, OrreryPackage.OVERLAY_NETWORK__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tunnel> getTunnels() {
		if (tunnels == null) {
			tunnels = new EObjectContainmentEList<Tunnel>(Tunnel.class, this, OrreryPackage.OVERLAY_NETWORK__TUNNELS);
		}
		return tunnels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMtu() {
		return mtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtu(int newMtu) {
		int oldMtu = mtu;
		mtu = newMtu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.OVERLAY_NETWORK__MTU, oldMtu, mtu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTableAgeingS() {
		return tableAgeingS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableAgeingS(double newTableAgeingS) {
		double oldTableAgeingS = tableAgeingS;
		tableAgeingS = newTableAgeingS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.OVERLAY_NETWORK__TABLE_AGEING_S, oldTableAgeingS, tableAgeingS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.OVERLAY_NETWORK__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.OVERLAY_NETWORK__SUBNETS:
				return ((InternalEList<?>)getSubnets()).basicRemove(otherEnd, msgs);
			case OrreryPackage.OVERLAY_NETWORK__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case OrreryPackage.OVERLAY_NETWORK__TUNNELS:
				return ((InternalEList<?>)getTunnels()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.OVERLAY_NETWORK__KIND:
				return getKind();
			case OrreryPackage.OVERLAY_NETWORK__SUBNETS:
				return getSubnets();
			case OrreryPackage.OVERLAY_NETWORK__NODES:
				return getNodes();
			case OrreryPackage.OVERLAY_NETWORK__TUNNELS:
				return getTunnels();
			case OrreryPackage.OVERLAY_NETWORK__MTU:
				return getMtu();
			case OrreryPackage.OVERLAY_NETWORK__TABLE_AGEING_S:
				return getTableAgeingS();
			case OrreryPackage.OVERLAY_NETWORK__OWNER:
				return getOwner();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.OVERLAY_NETWORK__KIND:
				setKind((OverlayKind)newValue);
				return;
			case OrreryPackage.OVERLAY_NETWORK__SUBNETS:
				getSubnets().clear();
				getSubnets().addAll((Collection<? extends Subnet>)newValue);
				return;
			case OrreryPackage.OVERLAY_NETWORK__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends OverlayNode>)newValue);
				return;
			case OrreryPackage.OVERLAY_NETWORK__TUNNELS:
				getTunnels().clear();
				getTunnels().addAll((Collection<? extends Tunnel>)newValue);
				return;
			case OrreryPackage.OVERLAY_NETWORK__MTU:
				setMtu((Integer)newValue);
				return;
			case OrreryPackage.OVERLAY_NETWORK__TABLE_AGEING_S:
				setTableAgeingS((Double)newValue);
				return;
			case OrreryPackage.OVERLAY_NETWORK__OWNER:
				setOwner((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.OVERLAY_NETWORK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OrreryPackage.OVERLAY_NETWORK__SUBNETS:
				getSubnets().clear();
				return;
			case OrreryPackage.OVERLAY_NETWORK__NODES:
				getNodes().clear();
				return;
			case OrreryPackage.OVERLAY_NETWORK__TUNNELS:
				getTunnels().clear();
				return;
			case OrreryPackage.OVERLAY_NETWORK__MTU:
				setMtu(MTU_EDEFAULT);
				return;
			case OrreryPackage.OVERLAY_NETWORK__TABLE_AGEING_S:
				setTableAgeingS(TABLE_AGEING_S_EDEFAULT);
				return;
			case OrreryPackage.OVERLAY_NETWORK__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.OVERLAY_NETWORK__KIND:
				return kind != KIND_EDEFAULT;
			case OrreryPackage.OVERLAY_NETWORK__SUBNETS:
				return subnets != null && !subnets.isEmpty();
			case OrreryPackage.OVERLAY_NETWORK__NODES:
				return nodes != null && !nodes.isEmpty();
			case OrreryPackage.OVERLAY_NETWORK__TUNNELS:
				return tunnels != null && !tunnels.isEmpty();
			case OrreryPackage.OVERLAY_NETWORK__MTU:
				return mtu != MTU_EDEFAULT;
			case OrreryPackage.OVERLAY_NETWORK__TABLE_AGEING_S:
				return tableAgeingS != TABLE_AGEING_S_EDEFAULT;
			case OrreryPackage.OVERLAY_NETWORK__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", mtu: ");
		result.append(mtu);
		result.append(", tableAgeingS: ");
		result.append(tableAgeingS);
		result.append(", owner: ");
		result.append(owner);
		result.append(')');
		return result.toString();
	}

} //OverlayNetworkImpl
